/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Paths: normalisation against the working directory, the dentry cache
 * and the walk from a mount's root to a path, one vop_lookup per
 * component that is not cached yet. A symbolic link met on the way
 * restarts the walk on the path it points to (cached dentries are
 * always of paths without links in them); ".." is resolved on the text
 * of the path, before any link is followed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <uk/assert.h>
#include "vfs.h"

char vfs_cwd[PATH_MAX] = "/";

static UK_TAILQ_HEAD(, struct dentry) dcache =
	UK_TAILQ_HEAD_INITIALIZER(dcache);

/* Append the components of `path` to out (absolute, normalised) */
static int path_append(char *out, const char *path)
{
	size_t len = strlen(out);

	while (*path) {
		const char *end = strchrnul(path, '/');
		size_t n = end - path;

		if (n == 0 || (n == 1 && path[0] == '.')) {
			/* empty or "." */
		} else if (n == 2 && path[0] == '.' && path[1] == '.') {
			while (len > 1 && out[len - 1] != '/')
				len--;
			if (len > 1)
				len--;
			out[len] = '\0';
		} else {
			if (len + (len > 1) + n >= PATH_MAX)
				return ENAMETOOLONG;
			if (len > 1)
				out[len++] = '/';
			memcpy(out + len, path, n);
			len += n;
			out[len] = '\0';
		}
		path = *end ? end + 1 : end;
	}
	return 0;
}

int vfs_fullpath(int dirfd, const char *path, char *out)
{
	struct vfscore_file *fp;
	int err;

	if (!path)
		return EFAULT;
	if (!*path)
		return ENOENT;
	if (strlen(path) >= PATH_MAX)
		return ENAMETOOLONG;
	if (path[0] == '/') {
		strcpy(out, "/");
	} else if (dirfd == AT_FDCWD) {
		strcpy(out, vfs_cwd);
	} else {
		fp = vfscore_get_file(dirfd);
		if (!fp)
			return EBADF;
		if (fp->f_dentry->d_vnode->v_type != VDIR) {
			fdrop(fp);
			return ENOTDIR;
		}
		strcpy(out, fp->f_dentry->d_path);
		fdrop(fp);
	}
	err = path_append(out, path);
	return err;
}

struct mount *vfs_findroot(const char *path);

struct dentry *vfs_dentry_alloc(const char *path, struct vnode *vp,
				struct mount *mp)
{
	struct dentry *dp = calloc(1, sizeof(*dp));

	if (!dp)
		return NULL;
	dp->d_path = strdup(path);
	if (!dp->d_path) {
		free(dp);
		return NULL;
	}
	dp->d_vnode = vp;
	dp->d_mount = mp;
	dp->d_refcnt = 1;
	return dp;
}

struct dentry *vfscore_dentry_anon(struct vnode *vp, const char *name)
{
	return vfs_dentry_alloc(name ? name : "", vp, NULL);
}

void vfscore_dentry_ref(struct dentry *dp)
{
	UK_ASSERT(dp->d_refcnt > 0);
	dp->d_refcnt++;
}

void vfscore_dentry_release(struct dentry *dp)
{
	UK_ASSERT(dp->d_refcnt > 0);
	if (--dp->d_refcnt > 0)
		return;
	UK_ASSERT(!dp->d_cached);
	vrele(dp->d_vnode);
	free(dp->d_path);
	free(dp);
}

void vfs_dcache_add(struct dentry *dp)
{
	vfscore_dentry_ref(dp);
	dp->d_cached = 1;
	UK_TAILQ_INSERT_HEAD(&dcache, dp, d_link);
}

static void dcache_remove(struct dentry *dp)
{
	UK_TAILQ_REMOVE(&dcache, dp, d_link);
	dp->d_cached = 0;
	vfscore_dentry_release(dp);
}

static struct dentry *dcache_find(struct mount *mp, const char *path)
{
	struct dentry *dp;

	UK_TAILQ_FOREACH(dp, &dcache, d_link) {
		if (dp->d_mount == mp && !strcmp(dp->d_path, path)) {
			vfscore_dentry_ref(dp);
			return dp;
		}
	}
	return NULL;
}

int vfs_path_is_under(const char *path, const char *top)
{
	size_t n = strlen(top);

	if (strncmp(path, top, n))
		return 0;
	return path[n] == '\0' || path[n] == '/' || !strcmp(top, "/");
}

void vfs_dcache_drop(const char *path)
{
	struct dentry *dp, *tmp;

	UK_TAILQ_FOREACH_SAFE(dp, &dcache, d_link, tmp) {
		/* a mount's root dentry stays as long as the mount */
		if (dp->d_mount && dp == dp->d_mount->m_rootdp)
			continue;
		if (vfs_path_is_under(dp->d_path, path))
			dcache_remove(dp);
	}
}

int vfs_dcache_drop_mount(struct mount *mp)
{
	struct dentry *dp, *tmp;

	UK_TAILQ_FOREACH(dp, &dcache, d_link) {
		if (dp->d_mount == mp && dp->d_refcnt > 1)
			return EBUSY;
	}
	UK_TAILQ_FOREACH_SAFE(dp, &dcache, d_link, tmp) {
		if (dp->d_mount == mp)
			dcache_remove(dp);
	}
	return 0;
}

/* Symbolic links followed in one lookup before it fails with ELOOP */
#define VFS_MAXSYMLINKS	40

/* vfs_walk met a symbolic link: the path to walk instead is in `redo` */
#define WALK_REDO	(-1)

/*
 * Builds in redo the path that replaces a walk through the link at the
 * dentry dp: the link's directory (prefix[0..dir_len)), the target and
 * the components after the link (rest).
 */
static int link_redo(struct dentry *dp, const char *prefix, size_t dir_len,
		     const char *rest, char *redo)
{
	char target[PATH_MAX];
	int err;

	if (!dp->d_vnode->v_op->vop_readlink)
		return EINVAL;
	vn_lock(dp->d_vnode);
	err = VOP_READLINK(dp->d_vnode, target, sizeof(target));
	vn_unlock(dp->d_vnode);
	if (err)
		return err;
	if (!*target)
		return ENOENT;
	if (target[0] == '/' || dir_len == 0) {
		strcpy(redo, "/");
	} else {
		memcpy(redo, prefix, dir_len);
		redo[dir_len] = '\0';
	}
	return path_append(redo, target) ?: path_append(redo, rest);
}

/* 1 if the cached dentry dp (child `name` of ddp) still names its file */
static int dentry_valid(struct dentry *ddp, struct dentry *dp,
			const char *name)
{
	int err;

	if (!dp->d_vnode->v_op->vop_revalidate)
		return 1;
	vn_lock(ddp->d_vnode);
	err = VOP_REVALIDATE(ddp->d_vnode, dp->d_vnode, name);
	vn_unlock(ddp->d_vnode);
	return !err;
}

/*
 * One walk from the mount root of path: the dentry in *dpp, or WALK_REDO
 * when a symbolic link (not the last component unless follow) was met.
 * Cached dentries of filesystems that revalidate are checked when they
 * are the last component, or all of them if check_all; *trusted tells
 * whether one was used unchecked.
 */
static int vfs_walk(const char *path, int follow, int check_all,
		    int *trusted, struct dentry **dpp, char *redo)
{
	char prefix[PATH_MAX];
	struct dentry *dp, *next;
	struct vnode *vp;
	struct mount *mp;
	const char *p;
	size_t len, dir_len;
	int err;

	mp = vfs_findroot(path);
	if (!mp)
		return ENOENT;
	strcpy(prefix, mp->m_path);
	len = strlen(prefix);
	p = path + len;
	dp = mp->m_rootdp;
	vfscore_dentry_ref(dp);
	while (*p) {
		const char *end;
		char name[NAME_MAX + 1];
		size_t n;

		while (*p == '/')
			p++;
		if (!*p)
			break;
		end = strchrnul(p, '/');
		n = end - p;
		if (n > NAME_MAX) {
			vfscore_dentry_release(dp);
			return ENAMETOOLONG;
		}
		memcpy(name, p, n);
		name[n] = '\0';
		dir_len = len;
		if (len > 1)
			prefix[len++] = '/';
		memcpy(prefix + len, p, n);
		len += n;
		prefix[len] = '\0';
		p = end;

		next = dcache_find(mp, prefix);
		if (next && next->d_vnode->v_op->vop_revalidate &&
		    !check_all && p[strspn(p, "/")]) {
			*trusted = 1;
		} else if (next && !dentry_valid(dp, next, name)) {
			/* Changed under us: forget it and what is below */
			vfscore_dentry_release(next);
			vfs_dcache_drop(prefix);
			next = NULL;
		}
		if (!next) {
			if (dp->d_vnode->v_type != VDIR) {
				vfscore_dentry_release(dp);
				return ENOTDIR;
			}
			vn_lock(dp->d_vnode);
			err = VOP_LOOKUP(dp->d_vnode, name, &vp);
			vn_unlock(dp->d_vnode);
			if (err) {
				vfscore_dentry_release(dp);
				return err;
			}
			next = vfs_dentry_alloc(prefix, vp, mp);
			if (!next) {
				vrele(vp);
				vfscore_dentry_release(dp);
				return ENOMEM;
			}
			vfs_dcache_add(next);
		}
		vfscore_dentry_release(dp);
		dp = next;
		/* "link/" and "link/x" go through the link, "link" only when
		 * following */
		if (dp->d_vnode->v_type == VLNK && (*p || follow)) {
			err = link_redo(dp, prefix, dir_len, p, redo);
			vfscore_dentry_release(dp);
			return err ? err : WALK_REDO;
		}
	}
	*dpp = dp;
	return 0;
}

int vfs_namei_follow(const char *path, int follow, struct dentry **dpp)
{
	char buf[2][PATH_MAX];
	const char *cur = path;
	int links, err;

	int check_all = 0, trusted = 0;

	for (links = 0; links <= VFS_MAXSYMLINKS; links++) {
		err = vfs_walk(cur, follow, check_all, &trusted, dpp,
			       buf[links & 1]);
		if (err == WALK_REDO) {
			cur = buf[links & 1];
			continue;
		}
		/* A directory on the way may be stale: check them all once */
		if (trusted && !check_all &&
		    (err == ENOENT || err == ESTALE || err == ENOTDIR)) {
			check_all = 1;
			links = -1;
			cur = path;
			continue;
		}
		return err;
	}
	return ELOOP;
}

int vfs_link_dest(const char *path, char *out)
{
	char cur[PATH_MAX];
	struct dentry *dp;
	int links, err = 0;

	strcpy(cur, path);
	for (links = 0; links <= VFS_MAXSYMLINKS; links++) {
		const char *slash;

		if (vfs_namei_follow(cur, 0, &dp))
			break;		/* a path that does not exist */
		if (dp->d_vnode->v_type != VLNK) {
			vfscore_dentry_release(dp);
			return EEXIST;
		}
		slash = strrchr(dp->d_path, '/');
		err = link_redo(dp, dp->d_path, slash - dp->d_path, "", out);
		vfscore_dentry_release(dp);
		if (err)
			return err;
		strcpy(cur, out);
	}
	if (links > VFS_MAXSYMLINKS)
		return ELOOP;
	strcpy(out, cur);
	return 0;
}

int vfs_namei(const char *path, struct dentry **dpp)
{
	return vfs_namei_follow(path, 1, dpp);
}

int vfs_namei_parent(const char *path, struct dentry **ddpp,
		     const char **name)
{
	char parent[PATH_MAX];
	const char *slash = strrchr(path, '/');
	int err;

	if (!strcmp(path, "/"))
		return EBUSY;	/* the root has no parent to change */
	UK_ASSERT(slash);
	memcpy(parent, path, slash - path);
	parent[slash - path] = '\0';
	if (!parent[0])
		strcpy(parent, "/");
	err = vfs_namei(parent, ddpp);
	if (err)
		return err;
	if ((*ddpp)->d_vnode->v_type != VDIR) {
		vfscore_dentry_release(*ddpp);
		return ENOTDIR;
	}
	*name = slash + 1;
	if (strlen(*name) > NAME_MAX) {
		vfscore_dentry_release(*ddpp);
		return ENAMETOOLONG;
	}
	return 0;
}
