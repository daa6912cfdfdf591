/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Dentries: a path of the namespace bound to its vnode. vfscore keeps
 * the dentries of recently looked-up paths in a cache so that walking a
 * path costs the filesystem one vop_lookup per component only the first
 * time. A dentry holds one reference on its vnode; open files hold a
 * reference on their dentry. Paths are absolute and normalised.
 */
#ifndef __VFSCORE_DENTRY_H__
#define __VFSCORE_DENTRY_H__

#include <uk/list.h>
#include <vfscore/vnode.h>

struct dentry {
	char *d_path;		/* absolute path in the namespace */
	struct vnode *d_vnode;
	struct mount *d_mount;	/* NULL for anonymous dentries */
	int d_refcnt;
	int d_cached;		/* in the path cache */
	UK_TAILQ_ENTRY(struct dentry) d_link;
};

/* Anonymous dentry for a vnode without a path (sockets, pipes):
 * takes over the caller's reference on vp. NULL on out of memory. */
struct dentry *vfscore_dentry_anon(struct vnode *vp, const char *name);
void vfscore_dentry_ref(struct dentry *dp);
void vfscore_dentry_release(struct dentry *dp);

#endif /* __VFSCORE_DENTRY_H__ */
