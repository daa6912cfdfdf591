/* SPDX-License-Identifier: BSD-3-Clause */
/* Reading directories: getdents64 and the DIR streams of <dirent.h>. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "vfs.h"

/* Bytes one entry takes in a getdents64 buffer */
static size_t dirent_reclen(const struct dirent *d)
{
	return ALIGN_UP(__offsetof(struct dirent, d_name) +
			strlen(d->d_name) + 1, 8);
}

ssize_t getdents64(int fd, void *buf, size_t count)
{
	struct vfscore_file *fp = vfscore_get_file(fd);
	struct vnode *vp;
	struct dirent d;
	size_t done = 0;
	int err = 0;

	if (!fp) {
		errno = EBADF;
		return -1;
	}
	vp = vfscore_file_vnode(fp);
	if (vp->v_type != VDIR) {
		fdrop(fp);
		errno = ENOTDIR;
		return -1;
	}
	uk_mutex_lock(&fp->f_lock);
	vn_lock(vp);
	for (;;) {
		off_t pos = fp->f_offset;
		size_t len;

		memset(&d, 0, sizeof(d));
		err = VOP_READDIR(vp, fp, &d);
		if (err)
			break;
		len = dirent_reclen(&d);
		if (done + len > count) {
			fp->f_offset = pos;	/* read it again next time */
			if (!done)
				err = EINVAL;
			break;
		}
		d.d_reclen = (unsigned short)len;
		d.d_off = fp->f_offset;
		memcpy((char *)buf + done, &d, len);
		done += len;
	}
	vn_unlock(vp);
	uk_mutex_unlock(&fp->f_lock);
	fdrop(fp);
	if (err && err != ENOENT && !done) {
		errno = err;
		return -1;
	}
	return done;
}

struct __dirstream {
	int fd;
	size_t pos, len;
	struct dirent ent;
	char buf[2048] __align(8);
};

DIR *fdopendir(int fd)
{
	struct stat st;
	DIR *dir;

	if (fstat(fd, &st))
		return NULL;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return NULL;
	}
	dir = calloc(1, sizeof(*dir));
	if (!dir) {
		errno = ENOMEM;
		return NULL;
	}
	dir->fd = fd;
	return dir;
}

DIR *opendir(const char *name)
{
	int fd = open(name, O_RDONLY | O_DIRECTORY);
	DIR *dir;

	if (fd < 0)
		return NULL;
	dir = fdopendir(fd);
	if (!dir)
		close(fd);
	return dir;
}

struct dirent *readdir(DIR *dir)
{
	struct dirent *d;

	if (dir->pos >= dir->len) {
		ssize_t n = getdents64(dir->fd, dir->buf, sizeof(dir->buf));

		if (n <= 0)
			return NULL;	/* end (errno untouched) or error */
		dir->len = n;
		dir->pos = 0;
	}
	d = (struct dirent *)(dir->buf + dir->pos);
	dir->pos += d->d_reclen;
	memcpy(&dir->ent, d, d->d_reclen);
	return &dir->ent;
}

int readdir_r(DIR *dir, struct dirent *entry, struct dirent **result)
{
	int saved = errno;
	struct dirent *d;

	errno = 0;
	d = readdir(dir);
	if (!d && errno)
		return errno;
	errno = saved;
	if (d)
		memcpy(entry, d, sizeof(*entry));
	*result = d ? entry : NULL;
	return 0;
}

void rewinddir(DIR *dir)
{
	lseek(dir->fd, 0, SEEK_SET);
	dir->pos = dir->len = 0;
}

int closedir(DIR *dir)
{
	int r = close(dir->fd);

	free(dir);
	return r;
}

int dirfd(DIR *dir)
{
	return dir->fd;
}

int alphasort(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}
