/* SPDX-License-Identifier: BSD-3-Clause */
/* 9pfs: vnode operations as 9P2000.L requests. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <vfscore/file.h>
#include "9pfs.h"

#define DIRBUF_LEN	16384
/* Linux's open flags as 9P2000.L carries them */
#define L_O_RDONLY	0
#define L_O_WRONLY	1
#define L_O_RDWR	2
#define L_AT_REMOVEDIR	0x200

static struct uk_9pfid *vfid(struct vnode *vp)
{
	return vp->v_data;
}

struct vnode *p9fs_vnode(struct mount *mp, struct uk_9pfid *fid, int *err)
{
	struct uk_9p_attr a;
	struct vnode *vp;
	int rc;

	rc = uk_9p_getattr(mp->m_data, fid, UK_9P_GETATTR_BASIC, &a);
	if (rc) {
		uk_9p_clunk(mp->m_data, fid);
		*err = rc;
		return NULL;
	}
	vp = vfscore_vnode_alloc(mp, &p9fs_vnops, vfscore_iftovt(a.mode),
				 a.mode, a.qid.path);
	if (!vp) {
		uk_9p_clunk(mp->m_data, fid);
		*err = -ENOMEM;
		return NULL;
	}
	vp->v_data = fid;
	return vp;
}

static int p9fs_lookup(struct vnode *dvp, const char *name,
		       struct vnode **vpp)
{
	struct uk_9pfid *fid;
	int rc;

	fid = uk_9p_walk(p9fs_dev(dvp), vfid(dvp), name, &rc);
	if (!fid)
		return -rc;
	*vpp = p9fs_vnode(dvp->v_mount, fid, &rc);
	return *vpp ? 0 : -rc;
}

/* The host may have removed, renamed or replaced the file: walk the name
 * again and compare the file's identity (qid path) */
static int p9fs_revalidate(struct vnode *dvp, struct vnode *vp,
			   const char *name)
{
	struct uk_9pdev *dev = p9fs_dev(dvp);
	struct uk_9pfid *fid;
	uint64_t ino;
	int is_dir, rc;

	fid = uk_9p_walk(dev, vfid(dvp), name, &rc);
	if (!fid)
		return -rc;
	ino = fid->qid.path;
	is_dir = !!(fid->qid.type & UK_9P_QTDIR);
	uk_9p_clunk(dev, fid);
	if (ino != vp->v_ino || is_dir != (vp->v_type == VDIR))
		return ESTALE;
	return 0;
}

static int p9fs_inactive(struct vnode *vp)
{
	if (vp->v_mount && vp->v_mount->m_data)
		uk_9p_clunk(p9fs_dev(vp), vfid(vp));
	return 0;
}

static uint32_t lflags(int flags)
{
	switch (flags & O_ACCMODE) {
	case O_WRONLY: return L_O_WRONLY;
	case O_RDWR: return L_O_RDWR;
	default: return L_O_RDONLY;
	}
}

static int p9fs_open(struct vfscore_file *fp)
{
	struct vnode *vp = vfscore_file_vnode(fp);
	struct uk_9pdev *dev = p9fs_dev(vp);
	struct p9fs_file *f = calloc(1, sizeof(*f));
	int rc;

	if (!f)
		return ENOMEM;
	f->fid = uk_9p_walk(dev, vfid(vp), NULL, &rc);
	if (!f->fid) {
		free(f);
		return -rc;
	}
	rc = uk_9p_open(dev, f->fid, lflags(fp->f_flags));
	if (rc) {
		uk_9p_clunk(dev, f->fid);
		free(f);
		return -rc;
	}
	fp->f_data = f;
	return 0;
}

static int p9fs_close(struct vnode *vp, struct vfscore_file *fp)
{
	struct p9fs_file *f = fp->f_data;
	int rc;

	if (!f)
		return 0;
	rc = uk_9p_clunk(p9fs_dev(vp), f->fid);
	free(f->dbuf);
	free(f);
	fp->f_data = NULL;
	return -rc;
}

/* Moves uio's bytes in requests of at most msize; a short read ends it */
static int p9fs_io(struct vnode *vp, struct vfscore_file *fp,
		   struct uio *uio)
{
	struct p9fs_file *f = fp->f_data;

	if (vp->v_type == VDIR)
		return EISDIR;
	while (uio->uio_resid > 0) {
		struct iovec *iov = uio->uio_iov;
		uint32_t len = MIN(iov->iov_len, (size_t)UINT32_MAX);
		ssize_t n;

		if (!iov->iov_len) {
			uio->uio_iov++;
			uio->uio_iovcnt--;
			continue;
		}
		if (uio->uio_rw == UIO_READ)
			n = uk_9p_read(p9fs_dev(vp), f->fid, uio->uio_offset,
				       iov->iov_base, len);
		else
			n = uk_9p_write(p9fs_dev(vp), f->fid, uio->uio_offset,
					iov->iov_base, len);
		if (n < 0)
			return -n;
		if (n == 0)
			return uio->uio_rw == UIO_READ ? 0 : EIO;
		iov->iov_base = (char *)iov->iov_base + n;
		iov->iov_len -= n;
		uio->uio_resid -= n;
		uio->uio_offset += n;
	}
	return 0;
}

static int p9fs_read(struct vnode *vp, struct vfscore_file *fp,
		     struct uio *uio, int ioflag __unused)
{
	return p9fs_io(vp, fp, uio);
}

static int p9fs_write(struct vnode *vp, struct vfscore_file *fp,
		      struct uio *uio, int ioflag __unused)
{
	return p9fs_io(vp, fp, uio);
}

static int p9fs_readdir(struct vnode *vp, struct vfscore_file *fp,
			struct dirent *dir)
{
	struct uk_9pdev *dev = p9fs_dev(vp);
	struct p9fs_file *f = fp->f_data;
	struct uk_9p_dirent de;
	ssize_t n;
	int rc;

	if (!f->dbuf) {
		f->dbuf = malloc(DIRBUF_LEN);
		if (!f->dbuf)
			return ENOMEM;
	}
	/* Buffer empty or for another position (seek, rewinddir): refill */
	if (f->dpos >= f->dlen || f->dcookie != (uint64_t)fp->f_offset) {
		n = uk_9p_readdir(dev, f->fid, fp->f_offset, f->dbuf,
				  DIRBUF_LEN);
		if (n < 0)
			return -n;
		f->dlen = n;
		f->dpos = 0;
		f->dcookie = fp->f_offset;
		if (n == 0)
			return ENOENT;
	}
	rc = uk_9p_dirent_next(f->dbuf, f->dlen, &f->dpos, &de);
	if (rc)
		return rc == -ENOENT ? ENOENT : EIO;
	strcpy(dir->d_name, de.name);
	dir->d_ino = de.qid.path;
	dir->d_type = de.type;
	fp->f_offset = de.offset;
	f->dcookie = de.offset;
	return 0;
}

static int p9fs_create(struct vnode *dvp, const char *name, mode_t mode)
{
	struct uk_9pdev *dev = p9fs_dev(dvp);
	struct uk_9pfid *fid;
	int rc;

	fid = uk_9p_walk(dev, vfid(dvp), NULL, &rc);
	if (!fid)
		return -rc;
	rc = uk_9p_create(dev, fid, name, L_O_RDWR, mode & 07777, 0);
	uk_9p_clunk(dev, fid);
	return -rc;
}

static int p9fs_mkdir(struct vnode *dvp, const char *name, mode_t mode)
{
	return -uk_9p_mkdir(p9fs_dev(dvp), vfid(dvp), name, mode & 07777, 0);
}

static int p9fs_remove(struct vnode *dvp, struct vnode *vp __unused,
		       const char *name)
{
	return -uk_9p_unlinkat(p9fs_dev(dvp), vfid(dvp), name, 0);
}

static int p9fs_rmdir(struct vnode *dvp, struct vnode *vp __unused,
		      const char *name)
{
	return -uk_9p_unlinkat(p9fs_dev(dvp), vfid(dvp), name,
			       L_AT_REMOVEDIR);
}

static int p9fs_rename(struct vnode *dvp1, struct vnode *vp1 __unused,
		       const char *name1, struct vnode *dvp2,
		       struct vnode *vp2 __unused, const char *name2)
{
	return -uk_9p_renameat(p9fs_dev(dvp1), vfid(dvp1), name1, vfid(dvp2),
			       name2);
}

static int p9fs_readlink(struct vnode *vp, char *buf, size_t size)
{
	ssize_t n = uk_9p_readlink(p9fs_dev(vp), vfid(vp), buf, size);

	return n < 0 ? -n : 0;
}

static int p9fs_symlink(struct vnode *dvp, const char *name,
			const char *target)
{
	return -uk_9p_symlink(p9fs_dev(dvp), vfid(dvp), name, target, 0);
}

static int p9fs_link(struct vnode *dvp, struct vnode *vp, const char *name)
{
	return -uk_9p_link(p9fs_dev(dvp), vfid(dvp), vfid(vp), name);
}

static int p9fs_getattr(struct vnode *vp, struct vattr *vap)
{
	struct uk_9p_attr a;
	int rc;

	rc = uk_9p_getattr(p9fs_dev(vp), vfid(vp), UK_9P_GETATTR_BASIC, &a);
	if (rc)
		return -rc;
	vap->va_type = vfscore_iftovt(a.mode);
	vap->va_mode = a.mode & 07777;
	vap->va_nlink = a.nlink;
	vap->va_uid = a.uid;
	vap->va_gid = a.gid;
	vap->va_nodeid = a.qid.path;
	vap->va_size = a.size;
	vap->va_blocks = a.blocks;
	vap->va_rdev = a.rdev;
	vap->va_atime.tv_sec = a.atime_sec;
	vap->va_atime.tv_nsec = a.atime_nsec;
	vap->va_mtime.tv_sec = a.mtime_sec;
	vap->va_mtime.tv_nsec = a.mtime_nsec;
	vap->va_ctime.tv_sec = a.ctime_sec;
	vap->va_ctime.tv_nsec = a.ctime_nsec;
	return 0;
}

static int p9fs_setattr(struct vnode *vp, struct vattr *vap)
{
	uint32_t valid = 0;

	if (vap->va_mask & AT_MODE)
		valid |= UK_9P_SETATTR_MODE;
	if (vap->va_mask & AT_SIZE)
		valid |= UK_9P_SETATTR_SIZE;
	if (vap->va_mask & AT_MTIME)
		valid |= UK_9P_SETATTR_MTIME;
	return -uk_9p_setattr(p9fs_dev(vp), vfid(vp), valid,
			      vap->va_mode & 07777, vap->va_size,
			      vap->va_mtime.tv_sec, vap->va_mtime.tv_nsec);
}

static int p9fs_truncate(struct vnode *vp, off_t length)
{
	return -uk_9p_setattr(p9fs_dev(vp), vfid(vp), UK_9P_SETATTR_SIZE, 0,
			      length, 0, 0);
}

static int p9fs_fsync(struct vnode *vp, struct vfscore_file *fp)
{
	struct p9fs_file *f = fp->f_data;

	return f ? -uk_9p_fsync(p9fs_dev(vp), f->fid) : 0;
}

const struct vnops p9fs_vnops = {
	.vop_open = p9fs_open,
	.vop_close = p9fs_close,
	.vop_read = p9fs_read,
	.vop_write = p9fs_write,
	.vop_ioctl = VOP_EINVAL,
	.vop_fsync = p9fs_fsync,
	.vop_readdir = p9fs_readdir,
	.vop_lookup = p9fs_lookup,
	.vop_create = p9fs_create,
	.vop_remove = p9fs_remove,
	.vop_rename = p9fs_rename,
	.vop_mkdir = p9fs_mkdir,
	.vop_rmdir = p9fs_rmdir,
	.vop_getattr = p9fs_getattr,
	.vop_setattr = p9fs_setattr,
	.vop_inactive = p9fs_inactive,
	.vop_truncate = p9fs_truncate,
	.vop_readlink = p9fs_readlink,
	.vop_symlink = p9fs_symlink,
	.vop_link = p9fs_link,
	.vop_revalidate = p9fs_revalidate,
};
