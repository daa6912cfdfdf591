/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Open descriptors: open/openat/creat, read and write in all forms,
 * lseek, fsync, ftruncate, fstat, ioctl, isatty.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <uk/print.h>
#include "vfs.h"

static int errno_ret(int err)
{
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}

/* Look up (and with O_CREAT create) the file of an open() call */
static int open_dentry(const char *path, int flags, mode_t mode,
		       struct dentry **dpp)
{
	struct dentry *ddp, *dp;
	char dest[PATH_MAX];
	const char *name, *create = path;
	int follow = !(flags & O_NOFOLLOW);
	int err;

	if (!(flags & O_CREAT))
		return vfs_namei_follow(path, follow, dpp);

	err = vfs_namei_follow(path, follow, &dp);
	if (!err) {
		if (flags & O_EXCL) {
			vfscore_dentry_release(dp);
			return EEXIST;
		}
		*dpp = dp;
		return 0;
	}
	if (err != ENOENT)
		return err;
	if (follow && !(flags & O_EXCL)) {
		err = vfs_link_dest(path, dest);
		if (err)
			return err;
		create = dest;
	}
	err = vfs_namei_parent(create, &ddp, &name);
	if (err)
		return err;
	err = vfs_check_writable(ddp);
	if (err) {
		vfscore_dentry_release(ddp);
		return err;
	}
	vn_lock(ddp->d_vnode);
	err = VOP_CREATE(ddp->d_vnode, name,
			 (mode & 07777 & ~vfs_umask) | S_IFREG);
	vn_unlock(ddp->d_vnode);
	vfscore_dentry_release(ddp);
	if (err)
		return err;
	return vfs_namei(path, dpp);
}

static int do_open(int dirfd, const char *path, int flags, mode_t mode)
{
	char full[PATH_MAX];
	struct vfscore_file *fp;
	struct dentry *dp;
	struct vnode *vp;
	int acc = flags & O_ACCMODE, err;

	if (acc == O_ACCMODE)
		return -EINVAL;
	vfs_lock();
	err = vfs_fullpath(dirfd, path, full);
	if (!err)
		err = open_dentry(full, flags, mode, &dp);
	if (err) {
		vfs_unlock();
		return -err;
	}
	vp = dp->d_vnode;
	if (vp->v_type == VLNK)		/* only met with O_NOFOLLOW */
		err = ELOOP;
	else if (vp->v_type == VDIR && (acc != O_RDONLY || (flags & O_TRUNC)))
		err = EISDIR;
	else if ((acc != O_RDONLY || (flags & O_TRUNC)) && vp->v_type == VREG)
		err = vfs_check_writable(dp);
	else if ((flags & O_DIRECTORY) && vp->v_type != VDIR)
		err = ENOTDIR;
	else if ((flags & O_TRUNC) && acc != O_RDONLY && vp->v_type == VREG) {
		vn_lock(vp);
		err = VOP_TRUNCATE(vp, 0);
		vn_unlock(vp);
	}
	fp = err ? NULL : vfscore_file_alloc(dp, flags & ~(O_CREAT | O_EXCL |
							    O_TRUNC));
	vfscore_dentry_release(dp);
	vfs_unlock();
	if (err)
		return -err;
	if (!fp)
		return -ENOMEM;
	return vfs_file_open_install(fp);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;
	int fd;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	fd = do_open(dirfd, path, flags, mode);
	if (fd < 0) {
		errno = -fd;
		return -1;
	}
	return fd;
}

int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	return openat(AT_FDCWD, path, flags, mode);
}

int creat(const char *path, mode_t mode)
{
	return openat(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

/*
 * Moves bytes between iov (which it advances) and an open file at
 * `offset` (-1: at the file's offset, which then advances). Returns 0 and
 * the bytes moved in *done, or an errno when nothing moved.
 */
static int rw_file(struct vfscore_file *fp, struct iovec *iov, int iovcnt,
		   ssize_t total, off_t offset, enum uio_rw rw,
		   ssize_t *done)
{
	struct vnode *vp = vfscore_file_vnode(fp);
	int acc = fp->f_flags & O_ACCMODE, err = 0;
	struct uio uio;

	if ((rw == UIO_READ && acc == O_WRONLY) ||
	    (rw == UIO_WRITE && acc == O_RDONLY))
		return EBADF;
	if (vp->v_type == VDIR)
		return EISDIR;
	if (offset >= 0 && vn_stream(vp))
		return ESPIPE;
	uio.uio_iov = iov;
	uio.uio_iovcnt = iovcnt;
	uio.uio_resid = total;
	uio.uio_rw = rw;

	if (!vn_stream(vp)) {
		uk_mutex_lock(&fp->f_lock);
		vn_lock(vp);
	}
	uio.uio_offset = offset >= 0 ? offset : fp->f_offset;
	if (rw == UIO_WRITE && offset < 0 && (fp->f_flags & O_APPEND) &&
	    vp->v_type == VREG) {
		struct vattr va;

		err = VOP_GETATTR(vp, &va);
		uio.uio_offset = va.va_size;
	}
	if (!err && total) {
		if (rw == UIO_READ)
			err = VOP_READ(vp, fp, &uio, 0);
		else
			err = VOP_WRITE(vp, fp, &uio,
					(fp->f_flags & O_APPEND) ?
					IO_APPEND : 0);
	}
	if (!vn_stream(vp)) {
		if (offset < 0 && vp->v_type == VREG)
			fp->f_offset = uio.uio_offset;
		vn_unlock(vp);
		uk_mutex_unlock(&fp->f_lock);
	}
	*done = total - uio.uio_resid;
	/* A partial transfer counts; an error only if nothing moved */
	return (err && *done == 0) ? err : 0;
}

/* The one I/O path of read/write/pread/pwrite/readv/writev/... */
static ssize_t do_rw(int fd, const struct iovec *iov, int iovcnt,
		     off_t offset, enum uio_rw rw)
{
	struct iovec local[8], *copy = local;
	struct vfscore_file *fp;
	ssize_t total = 0, done = 0;
	int err, i;

	if (iovcnt < 0 || iovcnt > IOV_MAX)
		return -EINVAL;
	for (i = 0; i < iovcnt; i++) {
		if ((ssize_t)iov[i].iov_len < 0 ||
		    total + (ssize_t)iov[i].iov_len < total)
			return -EINVAL;
		total += iov[i].iov_len;
	}
	fp = vfscore_get_file(fd);
	if (!fp)
		return -EBADF;
	/* The filesystem advances the iovecs: it gets a copy */
	if (iovcnt > (int)ARRAY_SIZE(local)) {
		copy = malloc(iovcnt * sizeof(*copy));
		if (!copy) {
			fdrop(fp);
			return -ENOMEM;
		}
	}
	memcpy(copy, iov, iovcnt * sizeof(*copy));
	err = rw_file(fp, copy, iovcnt, total, offset, rw, &done);
	if (copy != local)
		free(copy);
	fdrop(fp);
	return err ? -err : done;
}

static ssize_t rw_ret(ssize_t r)
{
	if (r < 0) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

ssize_t read(int fd, void *buf, size_t count)
{
	struct iovec iov = { buf, count };

	return rw_ret(do_rw(fd, &iov, 1, -1, UIO_READ));
}

ssize_t write(int fd, const void *buf, size_t count)
{
	struct iovec iov = { (void *)buf, count };

	return rw_ret(do_rw(fd, &iov, 1, -1, UIO_WRITE));
}

ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
	struct iovec iov = { buf, count };

	if (offset < 0)
		return rw_ret(-EINVAL);
	return rw_ret(do_rw(fd, &iov, 1, offset, UIO_READ));
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
	struct iovec iov = { (void *)buf, count };

	if (offset < 0)
		return rw_ret(-EINVAL);
	return rw_ret(do_rw(fd, &iov, 1, offset, UIO_WRITE));
}

ssize_t readv(int fd, const struct iovec *iov, int iovcnt)
{
	return rw_ret(do_rw(fd, iov, iovcnt, -1, UIO_READ));
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
	return rw_ret(do_rw(fd, iov, iovcnt, -1, UIO_WRITE));
}

ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
	if (offset < 0)
		return rw_ret(-EINVAL);
	return rw_ret(do_rw(fd, iov, iovcnt, offset, UIO_READ));
}

ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset)
{
	if (offset < 0)
		return rw_ret(-EINVAL);
	return rw_ret(do_rw(fd, iov, iovcnt, offset, UIO_WRITE));
}

off_t lseek(int fd, off_t offset, int whence)
{
	struct vfscore_file *fp;
	struct vnode *vp;
	struct vattr va;
	off_t base;
	int err = 0;

	fp = vfscore_get_file(fd);
	if (!fp) {
		errno = EBADF;
		return -1;
	}
	vp = vfscore_file_vnode(fp);
	if (vn_stream(vp)) {
		fdrop(fp);
		errno = ESPIPE;
		return -1;
	}
	uk_mutex_lock(&fp->f_lock);
	switch (whence) {
	case SEEK_SET:
		base = 0;
		break;
	case SEEK_CUR:
		base = fp->f_offset;
		break;
	case SEEK_END:
		vn_lock(vp);
		err = VOP_GETATTR(vp, &va);
		vn_unlock(vp);
		base = va.va_size;
		break;
	default:
		err = EINVAL;
		break;
	}
	if (!err && (base + offset < 0 ||
		     (vp->v_type == VDIR && whence != SEEK_SET)))
		err = EINVAL;
	if (!err)
		fp->f_offset = base + offset;
	base = fp->f_offset;
	uk_mutex_unlock(&fp->f_lock);
	fdrop(fp);
	if (err) {
		errno = err;
		return -1;
	}
	return base;
}

/* Runs fn on fd's vnode under its lock (streams: none); 0 or -1 with
 * errno */
static int with_vnode(int fd, int (*fn)(struct vfscore_file *fp,
					struct vnode *vp, void *arg),
		      void *arg)
{
	struct vfscore_file *fp = vfscore_get_file(fd);
	struct vnode *vp;
	int err;

	if (!fp)
		return errno_ret(EBADF);
	vp = vfscore_file_vnode(fp);
	if (!vn_stream(vp))
		vn_lock(vp);
	err = fn(fp, vp, arg);
	if (!vn_stream(vp))
		vn_unlock(vp);
	fdrop(fp);
	return errno_ret(err);
}

static int fsync_fn(struct vfscore_file *fp, struct vnode *vp,
		    void *arg __unused)
{
	return vp->v_op->vop_fsync ? VOP_FSYNC(vp, fp) : 0;
}

int fsync(int fd)
{
	return with_vnode(fd, fsync_fn, NULL);
}

int fdatasync(int fd)
{
	return fsync(fd);
}

static int ftruncate_fn(struct vfscore_file *fp, struct vnode *vp,
			void *arg)
{
	off_t length = *(off_t *)arg;

	if (vp->v_type == VDIR)
		return EISDIR;
	if (vp->v_type != VREG || (fp->f_flags & O_ACCMODE) == O_RDONLY)
		return EINVAL;
	return vfs_check_writable(fp->f_dentry) ?: VOP_TRUNCATE(vp, length);
}

int ftruncate(int fd, off_t length)
{
	if (length < 0)
		return errno_ret(EINVAL);
	return with_vnode(fd, ftruncate_fn, &length);
}

int vfs_stat_vnode(struct vnode *vp, struct stat *st)
{
	struct vattr va;
	int err;

	memset(&va, 0, sizeof(va));
	err = VOP_GETATTR(vp, &va);
	if (err)
		return err;
	memset(st, 0, sizeof(*st));
	st->st_ino = va.va_nodeid ? va.va_nodeid : vp->v_ino;
	st->st_mode = (va.va_mode & 07777) | vfscore_vttoif(va.va_type);
	st->st_nlink = va.va_nlink ? va.va_nlink : 1;
	st->st_uid = va.va_uid;
	st->st_gid = va.va_gid;
	st->st_rdev = va.va_rdev;
	st->st_size = va.va_size;
	st->st_blksize = 4096;
	st->st_blocks = va.va_blocks ? va.va_blocks :
		(va.va_size + 511) / 512;
	st->st_atim = va.va_atime;
	st->st_mtim = va.va_mtime;
	st->st_ctim = va.va_ctime;
	return 0;
}

static int fstat_fn(struct vfscore_file *fp __unused, struct vnode *vp,
		    void *arg)
{
	return vfs_stat_vnode(vp, arg);
}

int fstat(int fd, struct stat *st)
{
	if (!st)
		return errno_ret(EFAULT);
	return with_vnode(fd, fstat_fn, st);
}

struct ioctl_args {
	unsigned long cmd;
	void *arg;
};

static int ioctl_fn(struct vfscore_file *fp, struct vnode *vp, void *arg)
{
	struct ioctl_args *a = arg;
	int err;

	err = vp->v_op->vop_ioctl ? VOP_IOCTL(vp, fp, a->cmd, a->arg) :
		ENOTTY;
	/* Non-blocking mode is a property of the open file */
	if (a->cmd == FIONBIO && (err == 0 || err == ENOTTY ||
				   err == ENOSYS)) {
		if (!a->arg)
			return EFAULT;
		if (*(int *)a->arg)
			fp->f_flags |= O_NONBLOCK;
		else
			fp->f_flags &= ~O_NONBLOCK;
		err = 0;
	}
	return err;
}

int ioctl(int fd, unsigned long request, ...)
{
	struct ioctl_args a = { .cmd = request };
	va_list ap;

	va_start(ap, request);
	a.arg = va_arg(ap, void *);
	va_end(ap);
	return with_vnode(fd, ioctl_fn, &a);
}

/* A terminal is what answers TCGETS (the console does) */
int isatty(int fd)
{
	struct ioctl_args a = { .cmd = TCGETS, .arg = NULL };

	return with_vnode(fd, ioctl_fn, &a) == 0;
}
