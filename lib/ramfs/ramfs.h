/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal to ramfs: a tree of nodes in memory. A node lives as long as
 * it is in the tree or a vnode refers to it (an unlinked file stays
 * readable through its open descriptors).
 */
#ifndef __RAMFS_H__
#define __RAMFS_H__

#include <sys/types.h>
#include <time.h>
#include <uk/list.h>
#include <vfscore/vnode.h>

struct ramfs_node {
	char *name;
	enum vtype type;
	mode_t mode;			/* permission bits */
	__u64 ino;
	struct ramfs_node *parent;	/* NULL once removed, or the root */
	UK_TAILQ_HEAD(, struct ramfs_node) children;
	UK_TAILQ_ENTRY(struct ramfs_node) sibling;
	unsigned int nchildren;
	char **blocks;			/* contents, RAMFS_BLOCK each */
	size_t nblocks_cap;		/* entries in blocks[] */
	size_t nblocks;			/* highest allocated block + 1 */
	size_t size;
	char *target;			/* symbolic links: the target */
	int vcount;			/* vnodes referring to it */
	int removed;
	struct timespec atime, mtime, ctime;
};

#define RAMFS_BLOCK	(64 * 1024)

extern const struct vnops ramfs_vnops;

struct ramfs_node *ramfs_node_alloc(const char *name, enum vtype type,
				    mode_t mode);
void ramfs_tree_free(struct ramfs_node *np);
/* Free the content blocks from index `from` on */
void ramfs_blocks_free(struct ramfs_node *np, size_t from);
struct vnode *ramfs_vnode(struct mount *mp, struct ramfs_node *np);

#endif /* __RAMFS_H__ */
