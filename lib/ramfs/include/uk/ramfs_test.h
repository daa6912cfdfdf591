/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * For test suites that need a scratch filesystem:
 * ramfs_test_mount(dir) mounts a ramfs root first if nothing is mounted,
 * creates dir and mounts a fresh ramfs there. 0 or -1 (errno set).
 */
#ifndef __UK_RAMFS_TEST_H__
#define __UK_RAMFS_TEST_H__

#include <errno.h>
#include <sys/mount.h>
#include <sys/stat.h>

static inline int ramfs_test_mount(const char *dir)
{
	struct stat st;

	if (stat("/", &st) && mount("", "/", "ramfs", 0, NULL))
		return -1;
	if (mkdir(dir, 0755) && errno != EEXIST)
		return -1;
	return mount("", dir, "ramfs", 0, NULL);
}

#endif /* __UK_RAMFS_TEST_H__ */
