/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Open files and the file-descriptor table.
 *
 * A struct vfscore_file is one open file description: a dentry (and so a
 * vnode with its vnops), the open flags and the offset. Descriptors
 * 0 .. CONFIG_LIBVFSCORE_NR_FILES-1 point to them; dup() makes two
 * descriptors share one. A file is freed (vop_close, dentry released)
 * when its last reference goes (fdrop).
 *
 * Installing a file that is not on any filesystem (a socket, a pipe):
 *
 *   struct vnode *vp = vfscore_vnode_alloc(NULL, &my_vnops, VSOCK,
 *                                          S_IFSOCK | 0777, 0);
 *   vp->v_data = my_state;
 *   int fd = vfscore_open_vnode(vp, O_RDWR, "socket");
 *
 * vfscore_open_vnode() takes over the vnode reference, runs vop_open and
 * returns the new descriptor or a negative errno (the vnode is released
 * on failure). read/write/close/fstat/ioctl/fcntl on that descriptor then
 * reach my_vnops. The lower-level calls are those of upstream Unikraft:
 * vfscore_alloc_fd() reserves the lowest free descriptor,
 * vfscore_install_fd() binds a file to it (taking the caller's
 * reference), vfscore_put_fd() frees a reserved descriptor,
 * vfscore_get_file() returns the file of a descriptor with a new
 * reference (NULL and no reference if the descriptor is not open),
 * fhold()/fdrop() count references.
 */
#ifndef __VFSCORE_FILE_H__
#define __VFSCORE_FILE_H__

#include <sys/types.h>
#include <uk/mutex.h>
#include <vfscore/dentry.h>

struct vfscore_file {
	int fd;			/* first descriptor it got */
	int f_flags;		/* O_* given to open, O_NONBLOCK by fcntl */
	int f_count;		/* references: descriptors and callers */
	off_t f_offset;		/* the filesystem may use it as it wishes
				 * for directories */
	struct dentry *f_dentry;
	void *f_data;		/* the filesystem's per-open state */
	struct uk_mutex f_lock;	/* serialises offset updates */
};

int vfscore_alloc_fd(void);
int vfscore_reserve_fd(int fd);
int vfscore_put_fd(int fd);
int vfscore_install_fd(int fd, struct vfscore_file *file);
struct vfscore_file *vfscore_get_file(int fd);
void fhold(struct vfscore_file *fp);
/* Returns 1 when that was the last reference (the file is freed) */
int fdrop(struct vfscore_file *fp);

/* A new open file on dp (takes a dentry reference); NULL: out of memory */
struct vfscore_file *vfscore_file_alloc(struct dentry *dp, int flags);
int vfscore_open_vnode(struct vnode *vp, int flags, const char *name);

static inline struct vnode *vfscore_file_vnode(struct vfscore_file *fp)
{
	return fp->f_dentry->d_vnode;
}

#endif /* __VFSCORE_FILE_H__ */
