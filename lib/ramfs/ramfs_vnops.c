/* SPDX-License-Identifier: BSD-3-Clause */
/* ramfs: the nodes and the vnode operations on them. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/assert.h>
#include <uk/plat/time.h>
#include <vfscore/file.h>
#include <vfscore/mount.h>
#include "ramfs.h"

static __u64 next_ino = 1;

static struct timespec now(void)
{
	__nsec t = ukplat_wall_clock();

	return (struct timespec){ .tv_sec = t / 1000000000ULL,
				  .tv_nsec = t % 1000000000ULL };
}

struct ramfs_node *ramfs_node_alloc(const char *name, enum vtype type,
				    mode_t mode)
{
	struct ramfs_node *np = calloc(1, sizeof(*np));

	if (!np)
		return NULL;
	np->name = strdup(name);
	if (!np->name) {
		free(np);
		return NULL;
	}
	np->type = type;
	np->mode = mode & 07777;
	np->ino = next_ino++;
	UK_TAILQ_INIT(&np->children);
	np->atime = np->mtime = np->ctime = now();
	return np;
}

static void node_free(struct ramfs_node *np)
{
	ramfs_blocks_free(np, 0);
	free(np->blocks);
	free(np->target);
	free(np->name);
	free(np);
}

void ramfs_tree_free(struct ramfs_node *np)
{
	struct ramfs_node *c, *tmp;

	UK_TAILQ_FOREACH_SAFE(c, &np->children, sibling, tmp)
		ramfs_tree_free(c);
	node_free(np);
}

struct vnode *ramfs_vnode(struct mount *mp, struct ramfs_node *np)
{
	struct vnode *vp = vfscore_vnode_alloc(mp, &ramfs_vnops, np->type,
					       np->mode, np->ino);

	if (!vp)
		return NULL;
	vp->v_data = np;
	np->vcount++;
	return vp;
}

static struct ramfs_node *child_find(struct ramfs_node *dir,
				     const char *name)
{
	struct ramfs_node *c;

	UK_TAILQ_FOREACH(c, &dir->children, sibling)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

static void child_attach(struct ramfs_node *dir, struct ramfs_node *np)
{
	np->parent = dir;
	UK_TAILQ_INSERT_TAIL(&dir->children, np, sibling);
	dir->nchildren++;
	dir->mtime = dir->ctime = now();
}

static void child_detach(struct ramfs_node *np)
{
	struct ramfs_node *dir = np->parent;

	UK_TAILQ_REMOVE(&dir->children, np, sibling);
	dir->nchildren--;
	dir->mtime = dir->ctime = now();
	np->parent = NULL;
}

/* Out of the tree; freed now or when its last vnode goes */
static void node_remove(struct ramfs_node *np)
{
	child_detach(np);
	np->removed = 1;
	if (!np->vcount)
		ramfs_tree_free(np);
}

static int ramfs_lookup(struct vnode *dvp, const char *name,
			struct vnode **vpp)
{
	struct ramfs_node *np = child_find(dvp->v_data, name);

	if (!np)
		return ENOENT;
	*vpp = ramfs_vnode(dvp->v_mount, np);
	return *vpp ? 0 : ENOMEM;
}

/* A new node in dvp; target is the contents of a symbolic link */
static int add_node(struct vnode *dvp, const char *name, enum vtype type,
		    mode_t mode, const char *target)
{
	struct ramfs_node *dir = dvp->v_data, *np;

	if (child_find(dir, name))
		return EEXIST;
	if (!*name)
		return ENOENT;
	np = ramfs_node_alloc(name, type, mode);
	if (!np)
		return ENOMEM;
	if (target) {
		np->target = strdup(target);
		if (!np->target) {
			node_free(np);
			return ENOMEM;
		}
		np->size = strlen(target);
	}
	child_attach(dir, np);
	return 0;
}

static int ramfs_create(struct vnode *dvp, const char *name, mode_t mode)
{
	if (!S_ISREG(mode))
		return EINVAL;
	return add_node(dvp, name, VREG, mode, NULL);
}

static int ramfs_mkdir(struct vnode *dvp, const char *name, mode_t mode)
{
	return add_node(dvp, name, VDIR, mode, NULL);
}

static int ramfs_symlink(struct vnode *dvp, const char *name,
			 const char *target)
{
	return add_node(dvp, name, VLNK, 0777, target);
}

static int ramfs_readlink(struct vnode *vp, char *buf, size_t size)
{
	struct ramfs_node *np = vp->v_data;

	if (np->type != VLNK)
		return EINVAL;
	if (np->size >= size)
		return ENAMETOOLONG;
	memcpy(buf, np->target, np->size + 1);
	np->atime = now();
	return 0;
}

static int ramfs_remove(struct vnode *dvp __unused, struct vnode *vp,
			const char *name __unused)
{
	struct ramfs_node *np = vp->v_data;

	if (np->type == VDIR)
		return EISDIR;
	node_remove(np);
	return 0;
}

static int ramfs_rmdir(struct vnode *dvp __unused, struct vnode *vp,
		       const char *name __unused)
{
	struct ramfs_node *np = vp->v_data;

	if (np->type != VDIR)
		return ENOTDIR;
	if (np->nchildren)
		return ENOTEMPTY;
	node_remove(np);
	return 0;
}

static int ramfs_rename(struct vnode *dvp1 __unused, struct vnode *vp1,
			const char *name1 __unused, struct vnode *dvp2,
			struct vnode *vp2, const char *name2)
{
	struct ramfs_node *np = vp1->v_data, *old = NULL;
	char *newname;

	if (vp2) {
		old = vp2->v_data;
		if (old == np)
			return 0;
		if (old->type == VDIR && old->nchildren)
			return ENOTEMPTY;
	}
	newname = strdup(name2);
	if (!newname)
		return ENOMEM;
	if (old)
		node_remove(old);
	child_detach(np);
	free(np->name);
	np->name = newname;
	child_attach(dvp2->v_data, np);
	np->ctime = now();
	return 0;
}

static int ramfs_inactive(struct vnode *vp)
{
	struct ramfs_node *np = vp->v_data;

	UK_ASSERT(np->vcount > 0);
	if (--np->vcount == 0 && np->removed)
		ramfs_tree_free(np);
	return 0;
}

/* Contents live in blocks so that growing never copies; a NULL block is
 * a hole. Bytes of an allocated block beyond the file size are zero. */
static const char zero_block[RAMFS_BLOCK];

static int blocks_reserve(struct ramfs_node *np, size_t nblocks)
{
	char **b;
	size_t cap;

	if (nblocks <= np->nblocks_cap)
		return 0;
	cap = MAX(nblocks, np->nblocks_cap * 2);
	b = realloc(np->blocks, cap * sizeof(*b));
	if (!b)
		return ENOSPC;
	memset(b + np->nblocks_cap, 0, (cap - np->nblocks_cap) * sizeof(*b));
	np->blocks = b;
	np->nblocks_cap = cap;
	return 0;
}

void ramfs_blocks_free(struct ramfs_node *np, size_t from)
{
	for (size_t i = from; i < np->nblocks_cap; i++) {
		free(np->blocks[i]);
		np->blocks[i] = NULL;
		if (np->nblocks > i)
			np->nblocks = i;
	}
}

static int ramfs_truncate(struct vnode *vp, off_t length)
{
	struct ramfs_node *np = vp->v_data;
	size_t keep = DIV_ROUND_UP((size_t)length, RAMFS_BLOCK);
	size_t tail = (size_t)length % RAMFS_BLOCK;

	if (np->type != VREG)
		return EINVAL;
	if ((size_t)length < np->size) {
		ramfs_blocks_free(np, keep);
		if (tail && keep - 1 < np->nblocks_cap &&
		    np->blocks[keep - 1])
			memset(np->blocks[keep - 1] + tail, 0,
			       RAMFS_BLOCK - tail);
	}
	np->size = length;
	np->mtime = np->ctime = now();
	return 0;
}

static int ramfs_read(struct vnode *vp, struct vfscore_file *fp __unused,
		      struct uio *uio, int ioflag __unused)
{
	struct ramfs_node *np = vp->v_data;

	if (np->type == VDIR)
		return EISDIR;
	while (uio->uio_resid > 0 && uio->uio_offset < (off_t)np->size) {
		size_t b = uio->uio_offset / RAMFS_BLOCK;
		size_t off = uio->uio_offset % RAMFS_BLOCK;
		size_t n = MIN(RAMFS_BLOCK - off, (size_t)uio->uio_resid);

		n = MIN(n, np->size - (size_t)uio->uio_offset);
		vfscore_uiomove((char *)(np->blocks[b] ? np->blocks[b] :
					 zero_block) + off, n, uio);
	}
	np->atime = now();
	return 0;
}

static int ramfs_write(struct vnode *vp, struct vfscore_file *fp __unused,
		       struct uio *uio, int ioflag __unused)
{
	struct ramfs_node *np = vp->v_data;
	size_t end;
	int err;

	if (np->type == VDIR)
		return EISDIR;
	if (uio->uio_offset < 0 ||
	    __builtin_add_overflow((size_t)uio->uio_offset,
				   (size_t)uio->uio_resid, &end))
		return EFBIG;
	err = blocks_reserve(np, DIV_ROUND_UP(end, RAMFS_BLOCK));
	if (err)
		return err;
	while (uio->uio_resid > 0) {
		size_t b = uio->uio_offset / RAMFS_BLOCK;
		size_t off = uio->uio_offset % RAMFS_BLOCK;
		size_t n = MIN(RAMFS_BLOCK - off, (size_t)uio->uio_resid);

		if (!np->blocks[b]) {
			np->blocks[b] = malloc(RAMFS_BLOCK);
			if (!np->blocks[b])
				return ENOSPC;
			/* zero what this write does not cover */
			memset(np->blocks[b], 0, off);
			memset(np->blocks[b] + off + n, 0,
			       RAMFS_BLOCK - off - n);
			if (b + 1 > np->nblocks)
				np->nblocks = b + 1;
		}
		vfscore_uiomove(np->blocks[b] + off, n, uio);
		if ((size_t)uio->uio_offset > np->size)
			np->size = uio->uio_offset;
	}
	np->mtime = np->ctime = now();
	return 0;
}

static int ramfs_getattr(struct vnode *vp, struct vattr *vap)
{
	struct ramfs_node *np = vp->v_data;

	vap->va_type = np->type;
	vap->va_mode = np->mode;
	vap->va_nodeid = np->ino;
	vap->va_size = np->type == VDIR ? 4096 : (off_t)np->size;
	vap->va_nlink = np->type == VDIR ? 2 : 1;
	vap->va_blocks = np->nblocks * (RAMFS_BLOCK / 512);
	vap->va_atime = np->atime;
	vap->va_mtime = np->mtime;
	vap->va_ctime = np->ctime;
	return 0;
}

static int ramfs_setattr(struct vnode *vp, struct vattr *vap)
{
	struct ramfs_node *np = vp->v_data;

	if (vap->va_mask & AT_MODE) {
		np->mode = vap->va_mode & 07777;
		vp->v_mode = (vp->v_mode & S_IFMT) | np->mode;
	}
	if (vap->va_mask & AT_MTIME)
		np->mtime = vap->va_mtime;
	if (vap->va_mask & AT_SIZE)
		return vp->v_type == VREG ? ramfs_truncate(vp, vap->va_size) :
			EISDIR;
	np->ctime = now();
	return 0;
}

static unsigned char dtype(enum vtype t)
{
	return t == VDIR ? DT_DIR : t == VREG ? DT_REG :
		t == VLNK ? DT_LNK : DT_UNKNOWN;
}

/* f_offset: 0 is ".", 1 is "..", n >= 2 the (n-2)th child */
static int ramfs_readdir(struct vnode *vp, struct vfscore_file *fp,
			 struct dirent *dir)
{
	struct ramfs_node *np = vp->v_data, *c;
	off_t i;

	if (fp->f_offset == 0) {
		strcpy(dir->d_name, ".");
		dir->d_type = DT_DIR;
		dir->d_ino = np->ino;
	} else if (fp->f_offset == 1) {
		strcpy(dir->d_name, "..");
		dir->d_type = DT_DIR;
		dir->d_ino = np->parent ? np->parent->ino : np->ino;
	} else {
		i = 2;
		UK_TAILQ_FOREACH(c, &np->children, sibling)
			if (i++ == fp->f_offset)
				break;
		if (!c)
			return ENOENT;
		strncpy(dir->d_name, c->name, sizeof(dir->d_name) - 1);
		dir->d_type = dtype(c->type);
		dir->d_ino = c->ino;
	}
	fp->f_offset++;
	return 0;
}

const struct vnops ramfs_vnops = {
	.vop_read = ramfs_read,
	.vop_write = ramfs_write,
	.vop_ioctl = VOP_EINVAL,
	.vop_fsync = VOP_NULL,
	.vop_readdir = ramfs_readdir,
	.vop_lookup = ramfs_lookup,
	.vop_create = ramfs_create,
	.vop_remove = ramfs_remove,
	.vop_rename = ramfs_rename,
	.vop_mkdir = ramfs_mkdir,
	.vop_rmdir = ramfs_rmdir,
	.vop_getattr = ramfs_getattr,
	.vop_setattr = ramfs_setattr,
	.vop_inactive = ramfs_inactive,
	.vop_truncate = ramfs_truncate,
	.vop_readlink = ramfs_readlink,
	.vop_symlink = ramfs_symlink,
};
