/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Directory streams. struct dirent has Linux's layout (what getdents64
 * produces); opendir/readdir and friends are implemented by the
 * filesystem library (vfscore). readdir returns entries including "."
 * and ".." when the filesystem reports them (ramfs and 9pfs do).
 */
#ifndef __NOLIBC_DIRENT_H__
#define __NOLIBC_DIRENT_H__

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12

struct dirent {
	ino_t d_ino;
	off_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[256];
};

typedef struct __dirstream DIR;

DIR *opendir(const char *name);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *dir);
int readdir_r(DIR *dir, struct dirent *entry, struct dirent **result);
void rewinddir(DIR *dir);
int closedir(DIR *dir);
int dirfd(DIR *dir);
ssize_t getdents64(int fd, void *buf, size_t count);
int alphasort(const struct dirent **a, const struct dirent **b);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_DIRENT_H__ */
