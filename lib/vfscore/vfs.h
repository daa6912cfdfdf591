/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal to vfscore: the namespace lock, path handling and lookup.
 *
 * vfs_lock guards the mount list, the dentry cache, the working
 * directory and the descriptor table; it is a mutex, so lookups may
 * block in a filesystem (9p waits for its server) while holding it.
 * I/O on an open file only takes the vnode's lock.
 */
#ifndef __VFSCORE_VFS_H__
#define __VFSCORE_VFS_H__

#include <limits.h>
#include <uk/mutex.h>
#include <vfscore/file.h>
#include <vfscore/mount.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

extern struct uk_mutex vfs_mutex;
static inline void vfs_lock(void) { uk_mutex_lock(&vfs_mutex); }
static inline void vfs_unlock(void) { uk_mutex_unlock(&vfs_mutex); }

/* Absolute, normalised form of path (relative to dirfd's directory or
 * the working directory) into out[PATH_MAX]; 0 or a positive errno */
int vfs_fullpath(int dirfd, const char *path, char *out);
/* The dentry of an absolute path, with a new reference, following
 * symbolic links (ELOOP after 40) */
int vfs_namei(const char *path, struct dentry **dpp);
/* The same, but a link as the last component is returned itself unless
 * follow */
int vfs_namei_follow(const char *path, int follow, struct dentry **dpp);
/* What creating path would create, following links that lead nowhere
 * (open(O_CREAT) on a dangling link makes its target): the path in
 * out[PATH_MAX], or EEXIST if path leads to an existing file */
int vfs_link_dest(const char *path, char *out);
/* The dentry of the parent directory and the last component */
int vfs_namei_parent(const char *path, struct dentry **ddpp,
		     const char **name);
/* 1 if path is top or below it (both absolute, normalised) */
int vfs_path_is_under(const char *path, const char *top);
/* Forget cached dentries at or below path (after rename/unlink) */
void vfs_dcache_drop(const char *path);
/* Forget every cached dentry of a mount; EBUSY if one is in use */
int vfs_dcache_drop_mount(struct mount *mp);
struct dentry *vfs_dentry_alloc(const char *path, struct vnode *vp,
				struct mount *mp);
/* Put a dentry in the cache (the cache takes its own reference) */
void vfs_dcache_add(struct dentry *dp);

/* EROFS if the dentry is on a read-only mount (MS_RDONLY), else 0 */
int vfs_check_writable(struct dentry *dp);

/* Mount whose mount point is the longest prefix of path */
struct mount *vfs_findroot(const char *path);
int vfs_is_mountpoint(const char *path);
/* vfs_sync of every mount */
void vfs_sync_all(void);

/* Runs vop_open on a new file and binds it to the lowest free
 * descriptor: the descriptor, or a negative errno (the file is freed) */
int vfs_file_open_install(struct vfscore_file *fp);

/* Attributes of a vnode as a struct stat */
int vfs_stat_vnode(struct vnode *vp, struct stat *st);

extern char vfs_cwd[PATH_MAX];
/* Bits umask() clears from the mode of new files and directories */
extern mode_t vfs_umask;


#endif /* __VFSCORE_VFS_H__ */
