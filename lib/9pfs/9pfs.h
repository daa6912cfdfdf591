/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal to 9pfs. A mount holds the 9P device (mp->m_data); a vnode
 * holds the fid of its path, walked but not opened (v_data); an open file
 * holds a clone of that fid, opened (fp->f_data), plus for directories
 * the last block of Rreaddir entries.
 */
#ifndef __9PFS_H__
#define __9PFS_H__

#include <uk/9p.h>
#include <vfscore/mount.h>

struct p9fs_file {
	struct uk_9pfid *fid;
	char *dbuf;		/* directories: raw Rreaddir data */
	size_t dlen, dpos;
	uint64_t dcookie;	/* cookie of the entry at dpos */
};

extern const struct vnops p9fs_vnops;

static inline struct uk_9pdev *p9fs_dev(struct vnode *vp)
{
	return vp->v_mount->m_data;
}

/* A vnode for fid (taking it over); NULL and *err on failure */
struct vnode *p9fs_vnode(struct mount *mp, struct uk_9pfid *fid, int *err);

#endif /* __9PFS_H__ */
