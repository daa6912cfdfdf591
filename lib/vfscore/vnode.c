/* SPDX-License-Identifier: BSD-3-Clause */
/* Vnode allocation and reference counting, and the vop fillers. */
#include <errno.h>
#include <stdlib.h>
#include <uk/assert.h>
#include <vfscore/mount.h>
#include <vfscore/vnode.h>

struct vnode *vfscore_vnode_alloc(struct mount *mp, const struct vnops *ops,
				  enum vtype type, mode_t mode, __u64 ino)
{
	struct vnode *vp = calloc(1, sizeof(*vp));

	if (!vp)
		return NULL;
	vp->v_mount = mp;
	vp->v_op = ops;
	vp->v_type = type;
	vp->v_mode = (mode & ~S_IFMT) | vfscore_vttoif(type);
	vp->v_ino = ino;
	vp->v_refcnt = 1;
	uk_mutex_init(&vp->v_lock);
	if (mp)
		mp->m_vcount++;
	return vp;
}

void vref(struct vnode *vp)
{
	UK_ASSERT(vp->v_refcnt > 0);
	vp->v_refcnt++;
}

void vrele(struct vnode *vp)
{
	UK_ASSERT(vp->v_refcnt > 0);
	if (--vp->v_refcnt > 0)
		return;
	if (vp->v_op->vop_inactive)
		VOP_INACTIVE(vp);
	if (vp->v_mount)
		vp->v_mount->m_vcount--;
	free(vp);
}

static const mode_t vt_to_if[] = {
	[VNON] = 0, [VREG] = S_IFREG, [VDIR] = S_IFDIR, [VBLK] = S_IFBLK,
	[VCHR] = S_IFCHR, [VLNK] = S_IFLNK, [VSOCK] = S_IFSOCK,
	[VFIFO] = S_IFIFO,
};

mode_t vfscore_vttoif(enum vtype type)
{
	return vt_to_if[type];
}

enum vtype vfscore_iftovt(mode_t mode)
{
	switch (mode & S_IFMT) {
	case S_IFREG: return VREG;
	case S_IFDIR: return VDIR;
	case S_IFBLK: return VBLK;
	case S_IFCHR: return VCHR;
	case S_IFLNK: return VLNK;
	case S_IFSOCK: return VSOCK;
	case S_IFIFO: return VFIFO;
	default: return VNON;
	}
}

int vfscore_vop_nosys(void)
{
	return ENOSYS;
}

int vfscore_vop_einval(void)
{
	return EINVAL;
}

int vfscore_vop_eperm(void)
{
	return EPERM;
}

int vfscore_vop_null(void)
{
	return 0;
}
