/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Socket descriptors in vfscore's table: each socket is an anonymous
 * vnode of type VSOCK whose v_data holds the lwIP socket. vfscore's
 * read/write/readv/writev/ioctl/fstat/close/dup reach these vnops;
 * the socket calls find the lwIP socket through sock_get().
 * vfscore takes no lock around I/O on streams (VSOCK among them): lwIP
 * serialises what it must itself.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <vfscore/file.h>
#include <vfscore/vnode.h>
#include <lwip/sockets.h>
#include "sockfd.h"

struct sock_priv {
	int lfd;
	int nonblock;	/* what the lwIP socket is set to */
};

static const struct vnops sock_vnops;

static struct sock_priv *priv_of(struct vnode *vp)
{
	return vp->v_data;
}

/* Make the lwIP socket follow the file's O_NONBLOCK (set by fcntl) */
static void sync_nonblock(struct vfscore_file *fp, struct sock_priv *sp)
{
	int want = !!(fp->f_flags & O_NONBLOCK);

	if (want != sp->nonblock &&
	    lwip_fcntl(sp->lfd, F_SETFL, want ? O_NONBLOCK : 0) == 0)
		sp->nonblock = want;
}

int sock_get(int fd, struct sock_ref *ref)
{
	struct vfscore_file *fp = vfscore_get_file(fd);
	struct vnode *vp;

	if (!fp) {
		errno = EBADF;
		return -1;
	}
	vp = vfscore_file_vnode(fp);
	if (vp->v_op != &sock_vnops) {
		fdrop(fp);
		errno = ENOTSOCK;
		return -1;
	}
	sync_nonblock(fp, priv_of(vp));
	ref->lfd = priv_of(vp)->lfd;
	ref->fp = fp;
	return 0;
}

void sock_put(struct sock_ref *ref)
{
	int saved = errno;

	fdrop(ref->fp);
	errno = saved;
}

int sock_install(int lfd)
{
	struct sock_priv *sp;
	struct vnode *vp;
	int fd;

	sp = malloc(sizeof(*sp));
	vp = sp ? vfscore_vnode_alloc(__NULL, &sock_vnops, VSOCK,
				      S_IFSOCK | 0777, 0) : __NULL;
	if (!vp) {
		free(sp);
		lwip_close(lfd);
		errno = ENOMEM;
		return -1;
	}
	sp->lfd = lfd;
	sp->nonblock = 0;
	vp->v_data = sp;
	fd = vfscore_open_vnode(vp, O_RDWR, "socket");
	if (fd < 0) {
		/* the vnode went with its reference, and the socket */
		errno = -fd;
		return -1;
	}
	return fd;
}

/* read/write: lwIP moves the data between the socket and uio's iovecs */
static int sock_rw(struct vnode *vp, struct vfscore_file *fp,
		   struct uio *uio, int write)
{
	struct sock_priv *sp = priv_of(vp);
	struct msghdr msg;
	ssize_t n;

	sync_nonblock(fp, sp);
	memset(&msg, 0, sizeof(msg));
	msg.msg_iov = uio->uio_iov;
	msg.msg_iovlen = uio->uio_iovcnt;
	n = write ? lwip_sendmsg(sp->lfd, &msg, 0)
		  : lwip_recvmsg(sp->lfd, &msg, 0);
	if (n < 0)
		return errno;
	uio->uio_resid -= n;
	return 0;
}

static int sock_read(struct vnode *vp, struct vfscore_file *fp,
		     struct uio *uio, int ioflag __unused)
{
	return sock_rw(vp, fp, uio, 0);
}

static int sock_write(struct vnode *vp, struct vfscore_file *fp,
		      struct uio *uio, int ioflag __unused)
{
	return sock_rw(vp, fp, uio, 1);
}

static int sock_ioctl(struct vnode *vp, struct vfscore_file *fp __unused,
		      unsigned long cmd, void *arg)
{
	struct sock_priv *sp = priv_of(vp);

	if (lwip_ioctl(sp->lfd, (long)cmd, arg) < 0)
		return errno == ENOSYS ? ENOTTY : errno;
	if (cmd == FIONBIO && arg)
		sp->nonblock = !!*(int *)arg;
	return 0;
}

/*
 * The lwIP socket goes with the vnode's last reference: after the last
 * close(), and also when installing the descriptor failed half-way.
 */
static int sock_inactive(struct vnode *vp)
{
	struct sock_priv *sp = priv_of(vp);

	lwip_close(sp->lfd);
	free(sp);
	vp->v_data = __NULL;
	return 0;
}

static int sock_getattr(struct vnode *vp, struct vattr *vap)
{
	vap->va_type = VSOCK;
	vap->va_mode = vp->v_mode & 07777;
	vap->va_nodeid = vp->v_ino;
	return 0;
}

static const struct vnops sock_vnops = {
	.vop_open = VOP_NULL,
	.vop_close = VOP_NULL,
	.vop_read = sock_read,
	.vop_write = sock_write,
	.vop_ioctl = sock_ioctl,
	.vop_fsync = VOP_EINVAL,
	.vop_readdir = VOP_NOSYS,
	.vop_getattr = sock_getattr,
	.vop_setattr = VOP_EPERM,
	.vop_inactive = sock_inactive,
	.vop_truncate = VOP_EINVAL,
};
