/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Calls that name a path: stat and friends, access, mkdir, rmdir,
 * unlink, rename, truncate, chmod, chdir and getcwd, statfs; symbolic
 * and hard links; the FIFO and device-node calls, which no filesystem
 * here supports.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>
#include "vfs.h"

static int errno_ret(int err)
{
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}

/* Looks up dirfd/path and runs fn on its dentry (vfs lock held); a
 * symbolic link as the last component is followed if follow */
static int with_path_follow(int dirfd, const char *path, int follow,
			    int (*fn)(struct dentry *dp, void *arg),
			    void *arg)
{
	char full[PATH_MAX];
	struct dentry *dp;
	int err;

	vfs_lock();
	err = vfs_fullpath(dirfd, path, full);
	if (!err)
		err = vfs_namei_follow(full, follow, &dp);
	if (!err) {
		vn_lock(dp->d_vnode);
		err = fn(dp, arg);
		vn_unlock(dp->d_vnode);
		vfscore_dentry_release(dp);
	}
	vfs_unlock();
	return errno_ret(err);
}

static int with_path(int dirfd, const char *path,
		     int (*fn)(struct dentry *dp, void *arg), void *arg)
{
	return with_path_follow(dirfd, path, 1, fn, arg);
}

static int stat_fn(struct dentry *dp, void *arg)
{
	return vfs_stat_vnode(dp->d_vnode, arg);
}

int fstatat(int dirfd, const char *path, struct stat *st, int flags)
{
	if (!st)
		return errno_ret(EFAULT);
	if ((flags & AT_EMPTY_PATH) && path && !*path)
		return fstat(dirfd, st);
	return with_path_follow(dirfd, path, !(flags & AT_SYMLINK_NOFOLLOW),
				stat_fn, st);
}

int stat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, 0);
}

int lstat(const char *path, struct stat *st)
{
	return fstatat(AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW);
}

static int access_fn(struct dentry *dp, void *arg)
{
	int mode = *(int *)arg;
	mode_t m = dp->d_vnode->v_mode;
	struct vattr va;

	if (mode & ~(R_OK | W_OK | X_OK))
		return EINVAL;
	if (!VOP_GETATTR(dp->d_vnode, &va))
		m = va.va_mode;
	/* One user: the owner's permission bits decide */
	if (((mode & R_OK) && !(m & S_IRUSR)) ||
	    ((mode & W_OK) && !(m & S_IWUSR)) ||
	    ((mode & X_OK) && !(m & S_IXUSR)))
		return EACCES;
	return 0;
}

int faccessat(int dirfd, const char *path, int mode, int flags __unused)
{
	return with_path(dirfd, path, access_fn, &mode);
}

int access(const char *path, int mode)
{
	return faccessat(AT_FDCWD, path, mode, 0);
}

static int chmod_fn(struct dentry *dp, void *arg)
{
	struct vattr va = { .va_mask = AT_MODE, .va_mode = *(mode_t *)arg };

	return vfs_check_writable(dp) ?: VOP_SETATTR(dp->d_vnode, &va);
}

int chmod(const char *path, mode_t mode)
{
	mode &= 07777;
	return with_path(AT_FDCWD, path, chmod_fn, &mode);
}

static int truncate_fn(struct dentry *dp, void *arg)
{
	if (dp->d_vnode->v_type == VDIR)
		return EISDIR;
	if (dp->d_vnode->v_type != VREG)
		return EINVAL;
	return vfs_check_writable(dp) ?:
		VOP_TRUNCATE(dp->d_vnode, *(off_t *)arg);
}

int truncate(const char *path, off_t length)
{
	if (length < 0)
		return errno_ret(EINVAL);
	return with_path(AT_FDCWD, path, truncate_fn, &length);
}

/* Parent directory of dirfd/path locked; fn gets it and the name */
static int with_parent(int dirfd, const char *path,
		       int (*fn)(struct dentry *ddp, const char *name,
				 const char *full, void *arg), void *arg)
{
	char full[PATH_MAX];
	struct dentry *ddp;
	const char *name;
	int err;

	vfs_lock();
	err = vfs_fullpath(dirfd, path, full);
	if (!err)
		err = vfs_namei_parent(full, &ddp, &name);
	if (!err) {
		/* Every call through here changes the parent directory */
		err = vfs_check_writable(ddp);
		if (!err)
			err = fn(ddp, name, full, arg);
		vfscore_dentry_release(ddp);
	}
	vfs_unlock();
	return errno_ret(err);
}

static int mkdir_fn(struct dentry *ddp, const char *name, const char *full,
		    void *arg)
{
	struct dentry *dp;
	int err;

	if (!vfs_namei_follow(full, 0, &dp)) {
		vfscore_dentry_release(dp);
		return EEXIST;
	}
	vn_lock(ddp->d_vnode);
	err = VOP_MKDIR(ddp->d_vnode, name,
			(*(mode_t *)arg & 07777 & ~vfs_umask) | S_IFDIR);
	vn_unlock(ddp->d_vnode);
	return err;
}

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	return with_parent(dirfd, path, mkdir_fn, &mode);
}

int mkdir(const char *path, mode_t mode)
{
	return mkdirat(AT_FDCWD, path, mode);
}

/* Removes a directory (dir != 0) or anything else */
static int remove_fn(struct dentry *ddp, const char *name, const char *full,
		     void *arg)
{
	int dir = *(int *)arg;
	struct dentry *dp;
	int err;

	if (!strcmp(name, ".") || !strcmp(name, ".."))
		return EINVAL;
	err = vfs_namei_follow(full, 0, &dp);
	if (err)
		return err;
	if (vfs_is_mountpoint(full) || !strcmp(full, vfs_cwd))
		err = EBUSY;
	else if (dir && dp->d_vnode->v_type != VDIR)
		err = ENOTDIR;
	else if (!dir && dp->d_vnode->v_type == VDIR)
		err = EISDIR;
	if (!err) {
		vn_lock(ddp->d_vnode);
		vn_lock(dp->d_vnode);
		err = dir ? VOP_RMDIR(ddp->d_vnode, dp->d_vnode, name) :
			VOP_REMOVE(ddp->d_vnode, dp->d_vnode, name);
		vn_unlock(dp->d_vnode);
		vn_unlock(ddp->d_vnode);
	}
	/* The cache holds the path without links in it */
	if (!err)
		vfs_dcache_drop(dp->d_path);
	vfscore_dentry_release(dp);
	return err;
}

int unlinkat(int dirfd, const char *path, int flags)
{
	int dir = !!(flags & AT_REMOVEDIR);

	return with_parent(dirfd, path, remove_fn, &dir);
}

int unlink(const char *path)
{
	return unlinkat(AT_FDCWD, path, 0);
}

int rmdir(const char *path)
{
	return unlinkat(AT_FDCWD, path, AT_REMOVEDIR);
}

static int do_rename(const char *from, const char *to)
{
	struct dentry *ddp1 = NULL, *ddp2 = NULL, *dp1 = NULL, *dp2 = NULL;
	const char *name1, *name2;
	size_t n = strlen(from);
	int err;

	if (!strcmp(from, to))
		return 0;
	/* A directory cannot move below itself */
	if (!strncmp(to, from, n) && to[n] == '/')
		return EINVAL;
	if (vfs_is_mountpoint(from) || vfs_is_mountpoint(to))
		return EBUSY;
	if (vfs_findroot(from) != vfs_findroot(to))
		return EXDEV;
	err = vfs_namei_follow(from, 0, &dp1);
	if (err)
		return err;
	err = vfs_namei_parent(from, &ddp1, &name1);
	if (!err)
		err = vfs_check_writable(ddp1);
	if (err)
		goto out;
	err = vfs_namei_parent(to, &ddp2, &name2);
	if (err)
		goto out;
	if (vfs_namei_follow(to, 0, &dp2))
		dp2 = NULL;
	if (dp2 && dp1->d_vnode->v_type == VDIR &&
	    dp2->d_vnode->v_type != VDIR)
		err = ENOTDIR;
	else if (dp2 && dp1->d_vnode->v_type != VDIR &&
		 dp2->d_vnode->v_type == VDIR)
		err = EISDIR;
	if (err)
		goto out;
	vn_lock(ddp1->d_vnode);
	err = VOP_RENAME(ddp1->d_vnode, dp1->d_vnode, name1, ddp2->d_vnode,
			 dp2 ? dp2->d_vnode : NULL, name2);
	vn_unlock(ddp1->d_vnode);
	if (!err) {
		vfs_dcache_drop(dp1->d_path);
		vfs_dcache_drop(dp2 ? dp2->d_path : to);
	}
out:
	if (dp2)
		vfscore_dentry_release(dp2);
	if (ddp2)
		vfscore_dentry_release(ddp2);
	if (ddp1)
		vfscore_dentry_release(ddp1);
	vfscore_dentry_release(dp1);
	return err;
}

int renameat(int olddirfd, const char *oldpath, int newdirfd,
	     const char *newpath)
{
	char from[PATH_MAX], to[PATH_MAX];
	int err;

	vfs_lock();
	err = vfs_fullpath(olddirfd, oldpath, from);
	if (!err)
		err = vfs_fullpath(newdirfd, newpath, to);
	if (!err)
		err = do_rename(from, to);
	vfs_unlock();
	return errno_ret(err);
}

int rename(const char *oldpath, const char *newpath)
{
	return renameat(AT_FDCWD, oldpath, AT_FDCWD, newpath);
}

static int set_cwd(const char *full)
{
	struct dentry *dp;
	int err = vfs_namei(full, &dp);

	if (err)
		return err;
	if (dp->d_vnode->v_type != VDIR)
		err = ENOTDIR;
	else	/* the path without links, so that ".." leaves the target */
		strcpy(vfs_cwd, dp->d_path);
	vfscore_dentry_release(dp);
	return err;
}

int chdir(const char *path)
{
	char full[PATH_MAX];
	int err;

	vfs_lock();
	err = vfs_fullpath(AT_FDCWD, path, full);
	if (!err)
		err = set_cwd(full);
	vfs_unlock();
	return errno_ret(err);
}

int fchdir(int fd)
{
	struct vfscore_file *fp = vfscore_get_file(fd);
	int err;

	if (!fp)
		return errno_ret(EBADF);
	vfs_lock();
	if (!fp->f_dentry->d_mount)
		err = ENOTDIR;
	else
		err = set_cwd(fp->f_dentry->d_path);
	vfs_unlock();
	fdrop(fp);
	return errno_ret(err);
}

/* 0 at boot: modes are taken as given unless the application asks */
mode_t vfs_umask;

mode_t umask(mode_t mask)
{
	mode_t old;

	vfs_lock();
	old = vfs_umask;
	vfs_umask = mask & 0777;
	vfs_unlock();
	return old;
}

char *getcwd(char *buf, size_t size)
{
	size_t n;

	vfs_lock();
	n = strlen(vfs_cwd) + 1;
	if (!buf) {
		buf = malloc(size > n ? size : n);
		if (!buf) {
			vfs_unlock();
			errno = ENOMEM;
			return NULL;
		}
	} else if (size < n) {
		vfs_unlock();
		errno = size ? ERANGE : EINVAL;
		return NULL;
	}
	memcpy(buf, vfs_cwd, n);
	vfs_unlock();
	return buf;
}

/* Statistics of the filesystem a dentry is on */
static int statfs_fn(struct dentry *dp, void *arg)
{
	struct mount *mp = dp->d_mount;
	struct statfs *sf = arg;

	if (!sf)
		return EFAULT;
	if (!mp)
		return ENOSYS;
	memset(sf, 0, sizeof(*sf));
	return mp->m_op->vfs_statfs(mp, sf);
}

int statfs(const char *path, struct statfs *buf)
{
	return with_path(AT_FDCWD, path, statfs_fn, buf);
}

int fstatfs(int fd, struct statfs *buf)
{
	struct vfscore_file *fp = vfscore_get_file(fd);
	int err;

	if (!fp)
		return errno_ret(EBADF);
	err = statfs_fn(fp->f_dentry, buf);
	fdrop(fp);
	return errno_ret(err);
}

int fchmod(int fd, mode_t mode)
{
	struct vfscore_file *fp = vfscore_get_file(fd);
	struct vnode *vp;
	int err;

	if (!fp)
		return errno_ret(EBADF);
	mode &= 07777;
	vp = vfscore_file_vnode(fp);
	vn_lock(vp);
	err = vp->v_op->vop_setattr ? chmod_fn(fp->f_dentry, &mode) : EPERM;
	vn_unlock(vp);
	fdrop(fp);
	return errno_ret(err);
}

/*
 * Links: filesystems without them leave the vops NULL, and the calls
 * fail as Linux does on such a filesystem (EPERM to make one, EINVAL
 * from readlink).
 */
static int symlink_fn(struct dentry *ddp, const char *name,
		      const char *full __unused, void *arg)
{
	struct vnode *dvp = ddp->d_vnode;
	int err;

	if (!dvp->v_op->vop_symlink)
		return EPERM;
	vn_lock(dvp);
	err = VOP_SYMLINK(dvp, name, arg);
	vn_unlock(dvp);
	return err;
}

int symlink(const char *target, const char *linkpath)
{
	if (!target)
		return errno_ret(EFAULT);
	if (!*target)
		return errno_ret(ENOENT);
	if (strlen(target) >= PATH_MAX)
		return errno_ret(ENAMETOOLONG);
	return with_parent(AT_FDCWD, linkpath, symlink_fn, (void *)target);
}

struct readlink_args {
	char *buf;
	size_t size;
	ssize_t len;
};

static int readlink_fn(struct dentry *dp, void *arg)
{
	struct readlink_args *a = arg;
	struct vnode *vp = dp->d_vnode;
	char target[PATH_MAX];
	int err;

	if (vp->v_type != VLNK || !vp->v_op->vop_readlink)
		return EINVAL;
	err = VOP_READLINK(vp, target, sizeof(target));
	if (err)
		return err;
	/* No NUL added, as POSIX says; a short buffer truncates */
	a->len = MIN(strlen(target), a->size);
	memcpy(a->buf, target, a->len);
	return 0;
}

ssize_t readlink(const char *path, char *buf, size_t size)
{
	struct readlink_args a = { .buf = buf, .size = size };

	if (!buf)
		return errno_ret(EFAULT);
	if (!size)
		return errno_ret(EINVAL);
	if (with_path_follow(AT_FDCWD, path, 0, readlink_fn, &a))
		return -1;
	return a.len;
}

static int link_fn(struct dentry *ddp, const char *name,
		   const char *full __unused, void *arg)
{
	struct dentry *dp = arg;
	struct vnode *dvp = ddp->d_vnode;
	int err;

	if (dp->d_vnode->v_type == VDIR)
		return EPERM;
	if (dp->d_mount != ddp->d_mount)
		return EXDEV;
	if (!dvp->v_op->vop_link)
		return EPERM;
	vn_lock(dvp);
	err = VOP_LINK(dvp, dp->d_vnode, name);
	vn_unlock(dvp);
	return err;
}

/* Like Linux, a symbolic link as oldpath is linked itself */
int link(const char *oldpath, const char *newpath)
{
	char full[PATH_MAX];
	struct dentry *dp;
	int err;

	vfs_lock();
	err = vfs_fullpath(AT_FDCWD, oldpath, full);
	if (!err)
		err = vfs_namei_follow(full, 0, &dp);
	vfs_unlock();
	if (err)
		return errno_ret(err);
	err = with_parent(AT_FDCWD, newpath, link_fn, dp);
	vfs_lock();
	vfscore_dentry_release(dp);
	vfs_unlock();
	return err;
}

int mknod(const char *path __unused, mode_t mode __unused,
	  dev_t dev __unused)
{
	return errno_ret(EPERM);
}

int mkfifo(const char *path __unused, mode_t mode __unused)
{
	return errno_ret(EPERM);
}

/* Writes everything every mounted filesystem buffers */
void sync(void)
{
	vfs_lock();
	vfs_sync_all();
	vfs_unlock();
}

/* One user owns everything: ownership cannot change */
int chown(const char *path __unused, uid_t owner __unused,
	  gid_t group __unused)
{
	return errno_ret(ENOSYS);
}

int fchown(int fd __unused, uid_t owner __unused, gid_t group __unused)
{
	return errno_ret(ENOSYS);
}

/* No pipe filesystem yet */
int pipe(int pipefd[2] __unused)
{
	return errno_ret(ENOSYS);
}
