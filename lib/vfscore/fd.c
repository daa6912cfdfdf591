/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The descriptor table, open file references, close/dup/fcntl and the
 * installing of files that live outside any filesystem.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>
#include <uk/assert.h>
#include <uk/config.h>
#include <uk/print.h>
#include "vfs.h"

#define NR_FILES	CONFIG_LIBVFSCORE_NR_FILES

/* NULL: free; RESERVED: handed out by vfscore_alloc_fd, not installed */
#define FD_RESERVED	((struct vfscore_file *)1)

static struct vfscore_file *fdtable[NR_FILES];
static unsigned char fd_cloexec[NR_FILES];

struct uk_mutex vfs_mutex = UK_MUTEX_INITIALIZER(vfs_mutex);

static int fd_valid(int fd)
{
	return fd >= 0 && fd < NR_FILES;
}

static int alloc_fd_from(int start)
{
	for (int fd = start; fd < NR_FILES; fd++) {
		if (!fdtable[fd]) {
			fdtable[fd] = FD_RESERVED;
			fd_cloexec[fd] = 0;
			return fd;
		}
	}
	return -EMFILE;
}

int vfscore_alloc_fd(void)
{
	int fd;

	vfs_lock();
	fd = alloc_fd_from(0);
	vfs_unlock();
	return fd;
}

int vfscore_reserve_fd(int fd)
{
	int err = 0;

	if (!fd_valid(fd))
		return -EBADF;
	vfs_lock();
	if (fdtable[fd])
		err = -EBUSY;
	else
		fdtable[fd] = FD_RESERVED;
	vfs_unlock();
	return err;
}

int vfscore_put_fd(int fd)
{
	int err = 0;

	if (!fd_valid(fd))
		return -EBADF;
	vfs_lock();
	if (fdtable[fd] != FD_RESERVED)
		err = -EINVAL;
	else
		fdtable[fd] = NULL;
	vfs_unlock();
	return err;
}

int vfscore_install_fd(int fd, struct vfscore_file *file)
{
	int err = 0;

	if (!fd_valid(fd) || !file)
		return -EBADF;
	vfs_lock();
	if (fdtable[fd] != FD_RESERVED) {
		err = -EBUSY;
	} else {
		fdtable[fd] = file;
		if (file->fd < 0)
			file->fd = fd;
	}
	vfs_unlock();
	return err;
}

struct vfscore_file *vfscore_get_file(int fd)
{
	struct vfscore_file *fp = NULL;

	if (!fd_valid(fd)) {
		uk_pr_debug("Descriptor %d out of range (0-%d)\n", fd,
			    NR_FILES - 1);
		return NULL;
	}
	vfs_lock();
	if (fdtable[fd] && fdtable[fd] != FD_RESERVED) {
		fp = fdtable[fd];
		fp->f_count++;
	}
	vfs_unlock();
	return fp;
}

void fhold(struct vfscore_file *fp)
{
	vfs_lock();
	fp->f_count++;
	vfs_unlock();
}

int fdrop(struct vfscore_file *fp)
{
	struct vnode *vp;

	vfs_lock();
	UK_ASSERT(fp->f_count > 0);
	if (--fp->f_count > 0) {
		vfs_unlock();
		return 0;
	}
	vfs_unlock();
	vp = fp->f_dentry->d_vnode;
	if (vp->v_op->vop_close) {
		vn_lock(vp);
		VOP_CLOSE(vp, fp);
		vn_unlock(vp);
	}
	vfs_lock();
	vfscore_dentry_release(fp->f_dentry);
	vfs_unlock();
	free(fp);
	return 1;
}

struct vfscore_file *vfscore_file_alloc(struct dentry *dp, int flags)
{
	struct vfscore_file *fp = calloc(1, sizeof(*fp));

	if (!fp)
		return NULL;
	fp->fd = -1;
	fp->f_flags = flags;
	fp->f_count = 1;
	fp->f_dentry = dp;
	uk_mutex_init(&fp->f_lock);
	vfscore_dentry_ref(dp);
	return fp;
}

int vfscore_open_vnode(struct vnode *vp, int flags, const char *name)
{
	struct vfscore_file *fp;
	struct dentry *dp;

	dp = vfscore_dentry_anon(vp, name);
	if (!dp) {
		vrele(vp);
		return -ENOMEM;
	}
	fp = vfscore_file_alloc(dp, flags);
	vfscore_dentry_release(dp);
	if (!fp)
		return -ENOMEM;
	return vfs_file_open_install(fp);
}

int vfs_file_open_install(struct vfscore_file *fp)
{
	struct vnode *vp = vfscore_file_vnode(fp);
	int fd, err;

	if (vp->v_op->vop_open) {
		vn_lock(vp);
		err = VOP_OPEN(fp);
		vn_unlock(vp);
		if (err) {
			/* no vop_close for a file that never opened */
			vfs_lock();
			vfscore_dentry_release(fp->f_dentry);
			vfs_unlock();
			free(fp);
			return -err;
		}
	}
	fd = vfscore_alloc_fd();
	if (fd < 0) {
		fdrop(fp);
		return fd;
	}
	vfscore_install_fd(fd, fp);
	return fd;
}

/* Unbind a descriptor; the caller drops the returned file */
static struct vfscore_file *fd_detach(int fd)
{
	struct vfscore_file *fp;

	if (!fd_valid(fd))
		return NULL;
	fp = fdtable[fd];
	if (!fp || fp == FD_RESERVED)
		return NULL;
	fdtable[fd] = NULL;
	return fp;
}

int close(int fd)
{
	struct vfscore_file *fp;

	vfs_lock();
	fp = fd_detach(fd);
	vfs_unlock();
	if (!fp) {
		errno = EBADF;
		return -1;
	}
	fdrop(fp);
	return 0;
}

/* Make newfd (or the lowest free one >= min) refer to oldfd's file */
static int do_dup(int oldfd, int newfd, int min, int cloexec)
{
	struct vfscore_file *fp, *old = NULL;

	vfs_lock();
	if (!fd_valid(oldfd) || !fdtable[oldfd] ||
	    fdtable[oldfd] == FD_RESERVED) {
		vfs_unlock();
		return -EBADF;
	}
	fp = fdtable[oldfd];
	if (newfd < 0) {
		newfd = alloc_fd_from(min);
		if (newfd < 0) {
			vfs_unlock();
			return newfd;
		}
	} else {
		if (!fd_valid(newfd)) {
			vfs_unlock();
			return -EBADF;
		}
		if (fdtable[newfd] == FD_RESERVED) {
			vfs_unlock();
			return -EBUSY;
		}
		old = fdtable[newfd];
	}
	fp->f_count++;
	fdtable[newfd] = fp;
	fd_cloexec[newfd] = !!cloexec;
	vfs_unlock();
	if (old)
		fdrop(old);
	return newfd;
}

static int errno_ret(int ret)
{
	if (ret < 0) {
		errno = -ret;
		return -1;
	}
	return ret;
}

int dup(int oldfd)
{
	return errno_ret(do_dup(oldfd, -1, 0, 0));
}

int dup2(int oldfd, int newfd)
{
	if (!fd_valid(newfd)) {
		errno = EBADF;
		return -1;
	}
	if (oldfd == newfd) {
		struct vfscore_file *fp = vfscore_get_file(oldfd);

		if (!fp) {
			errno = EBADF;
			return -1;
		}
		fdrop(fp);
		return newfd;
	}
	return errno_ret(do_dup(oldfd, newfd, 0, 0));
}

int dup3(int oldfd, int newfd, int flags)
{
	if (!fd_valid(newfd)) {
		errno = EBADF;
		return -1;
	}
	if (oldfd == newfd || (flags & ~O_CLOEXEC)) {
		errno = EINVAL;
		return -1;
	}
	return errno_ret(do_dup(oldfd, newfd, 0, flags & O_CLOEXEC));
}

/* Flags fcntl(F_SETFL) may change */
#define SETFL_MASK	(O_APPEND | O_NONBLOCK | O_ASYNC | O_DIRECT | \
			 O_NOATIME)

int fcntl(int fd, int cmd, ...)
{
	struct vfscore_file *fp;
	va_list ap;
	long arg;
	int ret = 0;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);

	fp = vfscore_get_file(fd);
	if (!fp) {
		errno = EBADF;
		return -1;
	}
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg < 0 || arg >= NR_FILES)
			ret = -EINVAL;
		else
			ret = do_dup(fd, -1, (int)arg, cmd == F_DUPFD_CLOEXEC);
		break;
	case F_GETFD:
		ret = fd_cloexec[fd] ? FD_CLOEXEC : 0;
		break;
	case F_SETFD:
		fd_cloexec[fd] = !!(arg & FD_CLOEXEC);
		break;
	case F_GETFL:
		ret = fp->f_flags;
		break;
	case F_SETFL:
		fp->f_flags = (fp->f_flags & ~SETFL_MASK) | (arg & SETFL_MASK);
		break;
	default:
		uk_pr_warn("fcntl: command %d not supported\n", cmd);
		ret = -EINVAL;
		break;
	}
	fdrop(fp);
	return errno_ret(ret);
}
