/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The platform console as a character device: descriptors 0, 1 and 2
 * at boot, and /dev/console in devfs. Reads wait (ukplat_cin_wait) until
 * at least one byte arrives (or the platform reports the end of input:
 * -EPIPE, read as end of file) and turn carriage returns into newlines; writes
 * reach the console before they return.
 */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <fcntl.h>
#include <uk/essentials.h>
#include <uk/init.h>
#include <uk/plat/console.h>
#include <uk/print.h>
#include "vfs.h"

static int cons_read(struct vnode *vp __unused, struct vfscore_file *fp,
		     struct uio *uio, int ioflag __unused)
{
	char buf[64];
	int r;

	do {
		r = ukplat_cink(buf, MIN((size_t)uio->uio_resid, sizeof(buf)));
		if (r == 0 && (fp->f_flags & O_NONBLOCK))
			return EAGAIN;
		if (r == 0)
			ukplat_cin_wait();
	} while (r == 0);
	if (r == -EPIPE)
		return 0;	/* end of input: read() returns 0 */
	if (r < 0)
		return -r;
	for (int i = 0; i < r; i++)
		if (buf[i] == '\r')
			buf[i] = '\n';
	return vfscore_uiomove(buf, r, uio);
}

static int cons_write(struct vnode *vp __unused,
		      struct vfscore_file *fp __unused, struct uio *uio,
		      int ioflag __unused)
{
	while (uio->uio_resid > 0) {
		struct iovec *iov = uio->uio_iov;
		size_t done = 0;

		while (done < iov->iov_len) {
			unsigned int n = MIN(iov->iov_len - done,
					     (size_t)INT_MAX);
			int r = ukplat_coutk((char *)iov->iov_base + done, n);

			if (r < 0)
				return -r;
			if (r == 0)	/* no console: output dropped */
				r = n;
			done += r;
		}
		uio->uio_resid -= done;
		uio->uio_iov++;
		uio->uio_iovcnt--;
	}
	return 0;
}

static int cons_ioctl(struct vnode *vp __unused,
		      struct vfscore_file *fp __unused, unsigned long cmd,
		      void *arg)
{
	struct winsize *ws = arg;

	switch (cmd) {
	case TCGETS:
		return 0;
	case TIOCGWINSZ:
		if (!ws)
			return EFAULT;
		memset(ws, 0, sizeof(*ws));
		ws->ws_row = 24;
		ws->ws_col = 80;
		return 0;
	default:
		return ENOTTY;
	}
}

static int cons_getattr(struct vnode *vp, struct vattr *vap)
{
	vap->va_type = VCHR;
	vap->va_mode = vp->v_mode & 07777;
	vap->va_nodeid = vp->v_ino;
	return 0;
}

const struct vnops vfscore_console_vnops = {
	.vop_read = cons_read,
	.vop_write = cons_write,
	.vop_ioctl = cons_ioctl,
	.vop_getattr = cons_getattr,
	.vop_setattr = VOP_EPERM,
	.vop_truncate = VOP_EINVAL,
	.vop_fsync = VOP_NULL,
	.vop_readdir = VOP_NOSYS,
};

static int console_fd(int fd, int flags)
{
	struct vnode *vp;
	int r;

	vp = vfscore_vnode_alloc(NULL, &vfscore_console_vnops, VCHR, 0666, 0);
	if (!vp)
		return -ENOMEM;
	r = vfscore_open_vnode(vp, flags, "console");
	if (r < 0)
		return r;
	if (r != fd) {
		uk_pr_err("Console opened at descriptor %d instead of %d\n",
			  r, fd);
		return -EBUSY;
	}
	return 0;
}

/* Before any other library opens a file */
static int vfscore_console_init(void)
{
	int r = console_fd(STDIN_FILENO, O_RDONLY);

	if (!r)
		r = console_fd(STDOUT_FILENO, O_WRONLY);
	if (!r)
		r = dup2(STDOUT_FILENO, STDERR_FILENO) == STDERR_FILENO ?
			0 : -errno;
	if (r)
		uk_pr_err("Could not open the console descriptors: %d\n", r);
	return r;
}
uk_lib_initcall_prio(vfscore_console_init, 0);
