/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ioctl(2) and the request numbers in use here, with Linux's values.
 * Implemented by vfscore: FIONBIO sets or clears O_NONBLOCK on any
 * descriptor; terminals (the console) answer TCGETS and TIOCGWINSZ;
 * other requests go to the file's filesystem (ENOTTY if it has none).
 */
#ifndef __NOLIBC_SYS_IOCTL_H__
#define __NOLIBC_SYS_IOCTL_H__

#ifdef __cplusplus
extern "C" {
#endif

#define TCGETS		0x5401
#define TCSETS		0x5402
#define TIOCGWINSZ	0x5413
#define FIONREAD	0x541B
#define FIONBIO		0x5421

struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

int ioctl(int fd, unsigned long request, ...);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_SYS_IOCTL_H__ */
