/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Vnodes: one file or directory of a mounted filesystem as vfscore sees
 * it, and the operations (vnops) a filesystem implements on it.
 *
 * A filesystem creates vnodes in vop_lookup (and vfs_mount for the root)
 * with vfscore_vnode_alloc() and hangs its own state on v_data. vfscore
 * counts references (vref/vrele); when the last one goes it calls
 * vop_inactive, where the filesystem releases v_data, then frees the
 * vnode. v_lock serialises I/O on the vnode: vfscore takes it around
 * every vop except lookup/inactive, and except the I/O calls (read,
 * write, ioctl, fstat, fsync) on streams: character devices, sockets and
 * FIFOs (see vn_stream()), whose drivers handle concurrency themselves
 * so that a read blocked waiting for data does not hold up a write.
 *
 * Every vop returns 0 or a positive errno. Operations a filesystem does
 * not support point to vfscore_vop_nosys (ENOSYS), vfscore_vop_einval
 * or vfscore_vop_eperm, so the caller gets a clear error.
 */
#ifndef __VFSCORE_VNODE_H__
#define __VFSCORE_VNODE_H__

#include <sys/types.h>
#include <sys/stat.h>
#include <time.h>
#include <uk/mutex.h>
#include <vfscore/uio.h>

struct vfscore_file;
struct mount;
struct dirent;

enum vtype { VNON, VREG, VDIR, VBLK, VCHR, VLNK, VSOCK, VFIFO };

struct vnode {
	struct mount *v_mount;	/* NULL for descriptors without a path */
	const struct vnops *v_op;
	enum vtype v_type;
	mode_t v_mode;		/* permission bits and S_IF* type */
	__u64 v_ino;
	int v_refcnt;
	struct uk_mutex v_lock;
	void *v_data;		/* the filesystem's */
};

/* Attributes: vop_getattr fills all; vop_setattr applies va_mask */
#define AT_MODE		0x1
#define AT_SIZE		0x2
#define AT_MTIME	0x4

struct vattr {
	unsigned int va_mask;
	enum vtype va_type;
	mode_t va_mode;
	nlink_t va_nlink;
	uid_t va_uid;
	gid_t va_gid;
	__u64 va_nodeid;
	off_t va_size;
	blkcnt_t va_blocks;
	struct timespec va_atime;
	struct timespec va_mtime;
	struct timespec va_ctime;
	dev_t va_rdev;
};

/* ioflag of vop_read/vop_write */
#define IO_APPEND	0x1
#define IO_SYNC		0x2

struct vnops {
	int (*vop_open)(struct vfscore_file *fp);
	int (*vop_close)(struct vnode *vp, struct vfscore_file *fp);
	int (*vop_read)(struct vnode *vp, struct vfscore_file *fp,
			struct uio *uio, int ioflag);
	int (*vop_write)(struct vnode *vp, struct vfscore_file *fp,
			 struct uio *uio, int ioflag);
	int (*vop_ioctl)(struct vnode *vp, struct vfscore_file *fp,
			 unsigned long cmd, void *arg);
	int (*vop_fsync)(struct vnode *vp, struct vfscore_file *fp);
	/* Next entry at fp->f_offset into *dir (which it advances); ENOENT
	 * at the end */
	int (*vop_readdir)(struct vnode *vp, struct vfscore_file *fp,
			   struct dirent *dir);
	/* A new reference to the child `name` of dvp in *vpp */
	int (*vop_lookup)(struct vnode *dvp, const char *name,
			  struct vnode **vpp);
	int (*vop_create)(struct vnode *dvp, const char *name, mode_t mode);
	int (*vop_remove)(struct vnode *dvp, struct vnode *vp,
			  const char *name);
	int (*vop_rename)(struct vnode *dvp1, struct vnode *vp1,
			  const char *name1, struct vnode *dvp2,
			  struct vnode *vp2, const char *name2);
	int (*vop_mkdir)(struct vnode *dvp, const char *name, mode_t mode);
	int (*vop_rmdir)(struct vnode *dvp, struct vnode *vp,
			 const char *name);
	int (*vop_getattr)(struct vnode *vp, struct vattr *vap);
	int (*vop_setattr)(struct vnode *vp, struct vattr *vap);
	int (*vop_inactive)(struct vnode *vp);
	int (*vop_truncate)(struct vnode *vp, off_t length);
	/* Links; a filesystem without them leaves the slots NULL (vfscore
	 * then answers EINVAL for readlink, EPERM for symlink and link).
	 * vop_readlink puts the target, NUL-terminated, into buf[size]
	 * (ENAMETOOLONG if it does not fit). */
	int (*vop_readlink)(struct vnode *vp, char *buf, size_t size);
	int (*vop_symlink)(struct vnode *dvp, const char *name,
			   const char *target);
	int (*vop_link)(struct vnode *dvp, struct vnode *vp,
			const char *name);
	/* Optional, for filesystems that others change behind vfscore's
	 * back (9pfs: the host): 0 if `name` in dvp is still the file vp,
	 * else an errno, after which vfscore forgets the cached path and
	 * looks it up again. Called for the last component of every
	 * lookup that finds it cached, and for every cached component
	 * when a lookup fails (ENOENT, ESTALE, ENOTDIR) after trusting
	 * cached directories on the way: then the lookup runs again. */
	int (*vop_revalidate)(struct vnode *dvp, struct vnode *vp,
			      const char *name);
};

#define VOP_OPEN(fp)	((fp)->f_dentry->d_vnode->v_op->vop_open)(fp)
#define VOP_CLOSE(vp, fp)	((vp)->v_op->vop_close)(vp, fp)
#define VOP_READ(vp, fp, u, f)	((vp)->v_op->vop_read)(vp, fp, u, f)
#define VOP_WRITE(vp, fp, u, f)	((vp)->v_op->vop_write)(vp, fp, u, f)
#define VOP_IOCTL(vp, fp, c, a)	((vp)->v_op->vop_ioctl)(vp, fp, c, a)
#define VOP_FSYNC(vp, fp)	((vp)->v_op->vop_fsync)(vp, fp)
#define VOP_READDIR(vp, fp, d)	((vp)->v_op->vop_readdir)(vp, fp, d)
#define VOP_LOOKUP(dvp, n, vpp)	((dvp)->v_op->vop_lookup)(dvp, n, vpp)
#define VOP_CREATE(dvp, n, m)	((dvp)->v_op->vop_create)(dvp, n, m)
#define VOP_REMOVE(dvp, vp, n)	((dvp)->v_op->vop_remove)(dvp, vp, n)
#define VOP_RENAME(d1, v1, n1, d2, v2, n2)				\
	((d1)->v_op->vop_rename)(d1, v1, n1, d2, v2, n2)
#define VOP_MKDIR(dvp, n, m)	((dvp)->v_op->vop_mkdir)(dvp, n, m)
#define VOP_RMDIR(dvp, vp, n)	((dvp)->v_op->vop_rmdir)(dvp, vp, n)
#define VOP_GETATTR(vp, vap)	((vp)->v_op->vop_getattr)(vp, vap)
#define VOP_SETATTR(vp, vap)	((vp)->v_op->vop_setattr)(vp, vap)
#define VOP_INACTIVE(vp)	((vp)->v_op->vop_inactive)(vp)
#define VOP_TRUNCATE(vp, len)	((vp)->v_op->vop_truncate)(vp, len)
#define VOP_READLINK(vp, b, n)	((vp)->v_op->vop_readlink)(vp, b, n)
#define VOP_SYMLINK(dvp, n, t)	((dvp)->v_op->vop_symlink)(dvp, n, t)
#define VOP_LINK(dvp, vp, n)	((dvp)->v_op->vop_link)(dvp, vp, n)
#define VOP_REVALIDATE(dvp, vp, n)					\
	((vp)->v_op->vop_revalidate)(dvp, vp, n)

/* Fillers for unsupported operations (cast to the slot's type) */
int vfscore_vop_nosys(void);
int vfscore_vop_einval(void);
int vfscore_vop_eperm(void);
int vfscore_vop_null(void);
#define VOP_NOSYS	((void *)vfscore_vop_nosys)
#define VOP_EINVAL	((void *)vfscore_vop_einval)
#define VOP_EPERM	((void *)vfscore_vop_eperm)
#define VOP_NULL	((void *)vfscore_vop_null)

/* A vnode with one reference, or NULL (out of memory) */
struct vnode *vfscore_vnode_alloc(struct mount *mp, const struct vnops *ops,
				  enum vtype type, mode_t mode, __u64 ino);
void vref(struct vnode *vp);
void vrele(struct vnode *vp);

/* No offsets, no vfscore lock around I/O */
static inline int vn_stream(struct vnode *vp)
{
	return vp->v_type == VCHR || vp->v_type == VSOCK ||
	       vp->v_type == VFIFO;
}

static inline void vn_lock(struct vnode *vp)
{
	uk_mutex_lock(&vp->v_lock);
}

static inline void vn_unlock(struct vnode *vp)
{
	uk_mutex_unlock(&vp->v_lock);
}

/* The platform console as a character device (stdin/out/err) */
extern const struct vnops vfscore_console_vnops;

/* S_IF* bits of a vnode type and back */
mode_t vfscore_vttoif(enum vtype type);
enum vtype vfscore_iftovt(mode_t mode);

#endif /* __VFSCORE_VNODE_H__ */
