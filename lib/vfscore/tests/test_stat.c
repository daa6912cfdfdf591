/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * vfscore: stat() and the file API on a fresh ramfs (at / when nothing
 * is mounted yet, at /vfstest otherwise): mkdir /foo, create
 * /foo/file.txt, write, fsync, then check what stat and friends say.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/test.h>

static char base[32];
static char path_dir[64], path_file[64];
static const char content[] = "The grass is green!\n";

static int stat_suite_init(struct uk_testsuite *suite __unused)
{
	int fd;

	if (mount("", "/", "ramfs", 0, NULL) == 0) {
		strcpy(base, "");
	} else {
		if (errno != EBUSY || mkdir("/vfstest", 0755) ||
		    mount("", "/vfstest", "ramfs", 0, NULL))
			return -1;
		strcpy(base, "/vfstest");
	}
	snprintf(path_dir, sizeof(path_dir), "%s/foo", base);
	snprintf(path_file, sizeof(path_file), "%s/foo/file.txt", base);
	if (mkdir(path_dir, S_IRWXU))
		return -1;
	fd = creat(path_file, S_IRUSR | S_IWUSR);
	if (fd < 0)
		return -1;
	if (write(fd, content, strlen(content)) != (ssize_t)strlen(content))
		return -1;
	if (fsync(fd))
		return -1;
	return close(fd);
}

UK_TESTCASE(vfscore_stat_testsuite, stat_file)
{
	struct stat st;

	UK_TEST_EXPECT_SNUM_EQ(stat(path_file, &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_size, (long)strlen(content));
	UK_TEST_EXPECT(S_ISREG(st.st_mode));
	UK_TEST_EXPECT_SNUM_EQ(st.st_mode & 0777, S_IRUSR | S_IWUSR);
}

UK_TESTCASE(vfscore_stat_testsuite, stat_dir)
{
	struct stat st;

	UK_TEST_EXPECT_SNUM_EQ(stat(path_dir, &st), 0);
	UK_TEST_EXPECT(S_ISDIR(st.st_mode));
	UK_TEST_EXPECT_SNUM_EQ(st.st_mode & 0777, S_IRWXU);
}

UK_TESTCASE(vfscore_stat_testsuite, stat_missing)
{
	struct stat st;
	char p[80];

	snprintf(p, sizeof(p), "%s/foo/nothere", base);
	UK_TEST_EXPECT_SNUM_EQ(stat(p, &st), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOENT);
	snprintf(p, sizeof(p), "%s/foo/file.txt/below", base);
	UK_TEST_EXPECT_SNUM_EQ(stat(p, &st), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOTDIR);
	UK_TEST_EXPECT_SNUM_EQ(stat("", &st), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOENT);
	UK_TEST_EXPECT_SNUM_EQ(stat(path_file, NULL), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EFAULT);
}

UK_TESTCASE(vfscore_stat_testsuite, fstat_matches_stat)
{
	struct stat a, b;
	int fd = open(path_file, O_RDONLY);

	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(fstat(fd, &a), 0);
	UK_TEST_EXPECT_SNUM_EQ(stat(path_file, &b), 0);
	UK_TEST_EXPECT_SNUM_EQ(a.st_ino, b.st_ino);
	UK_TEST_EXPECT_SNUM_EQ(a.st_size, b.st_size);
	close(fd);
}

UK_TESTCASE(vfscore_stat_testsuite, relative_paths)
{
	struct stat st;
	char cwd[64];

	UK_TEST_EXPECT_SNUM_EQ(chdir(path_dir), 0);
	UK_TEST_EXPECT_NOT_NULL(getcwd(cwd, sizeof(cwd)));
	UK_TEST_EXPECT_STR_EQ(cwd, path_dir);
	UK_TEST_EXPECT_SNUM_EQ(stat("file.txt", &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(stat("./../foo/./file.txt", &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(fstatat(AT_FDCWD, "file.txt", &st, 0), 0);
	UK_TEST_EXPECT_SNUM_EQ(chdir("/"), 0);
}

UK_TESTCASE(vfscore_stat_testsuite, descriptors)
{
	char buf[8];

	UK_TEST_EXPECT_SNUM_EQ(read(-1, buf, 1), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBADF);
	UK_TEST_EXPECT_SNUM_EQ(write(CONFIG_LIBVFSCORE_NR_FILES, buf, 1), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBADF);
	UK_TEST_EXPECT_SNUM_EQ(close(100000), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBADF);
	UK_TEST_EXPECT(isatty(STDOUT_FILENO));
	UK_TEST_EXPECT(write(STDOUT_FILENO, "", 0) == 0);
}

UK_TESTCASE(vfscore_stat_testsuite, umount_busy_then_free)
{
	char mnt[64], file[80];
	struct stat st;
	int fd;

	snprintf(mnt, sizeof(mnt), "%s/foo/mnt", base);
	snprintf(file, sizeof(file), "%s/f", mnt);
	UK_TEST_ASSERT(mkdir(mnt, 0755) == 0);
	UK_TEST_EXPECT_SNUM_EQ(mount("", mnt, "ramfs", 0, NULL), 0);
	UK_TEST_EXPECT_SNUM_EQ(mount("", mnt, "ramfs", 0, NULL), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBUSY);
	fd = open(file, O_CREAT | O_RDWR, 0644);
	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(unlink(file), 0);
	/* the unlinked file is still open */
	UK_TEST_EXPECT_SNUM_EQ(umount(mnt), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBUSY);
	UK_TEST_EXPECT_SNUM_EQ(rmdir(mnt), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBUSY);
	UK_TEST_EXPECT_SNUM_EQ(close(fd), 0);
	/* not while another filesystem is mounted below it */
	UK_TEST_EXPECT_SNUM_EQ(mkdir(file, 0755), 0);
	UK_TEST_EXPECT_SNUM_EQ(mount("", file, "ramfs", 0, NULL), 0);
	UK_TEST_EXPECT_SNUM_EQ(umount(mnt), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBUSY);
	UK_TEST_EXPECT_SNUM_EQ(umount(file), 0);
	UK_TEST_EXPECT_SNUM_EQ(umount(mnt), 0);
	UK_TEST_EXPECT_SNUM_EQ(umount(mnt), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EINVAL);
	UK_TEST_EXPECT_SNUM_EQ(mount("", mnt, "nosuchfs", 0, NULL), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENODEV);
	UK_TEST_EXPECT_SNUM_EQ(stat(mnt, &st), 0);
	UK_TEST_EXPECT(S_ISDIR(st.st_mode));
	UK_TEST_EXPECT_SNUM_EQ(rmdir(mnt), 0);
}

UK_TESTCASE(vfscore_stat_testsuite, no_hard_links_or_nodes)
{
	char buf[8];
	char p[80];
	struct stat st;
	int fd;

	/* ramfs has no hard links; across mounts there are none at all */
	snprintf(p, sizeof(p), "%s/x", base);
	UK_TEST_EXPECT_SNUM_EQ(link(path_file, p), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EPERM);
	if (*base) {
		UK_TEST_EXPECT_SNUM_EQ(link(path_file, "/x"), -1);
		UK_TEST_EXPECT_SNUM_EQ(errno, EXDEV);
	}
	UK_TEST_EXPECT_SNUM_EQ(readlink(path_file, buf, sizeof(buf)), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EINVAL);
	snprintf(p, sizeof(p), "%s/nothere", base);
	UK_TEST_EXPECT_SNUM_EQ(readlink(p, buf, sizeof(buf)), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOENT);
	UK_TEST_EXPECT_SNUM_EQ(mkfifo(p, 0600), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EPERM);
	fd = open(path_file, O_RDONLY);
	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(fchmod(fd, 0604), 0);
	UK_TEST_EXPECT_SNUM_EQ(stat(path_file, &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_mode & 0777, 0604);
	UK_TEST_EXPECT_SNUM_EQ(fchmod(fd, S_IRUSR | S_IWUSR), 0);
	close(fd);
	/* umask clears bits of new files and directories */
	UK_TEST_EXPECT_SNUM_EQ(umask(027), 0);
	snprintf(p, sizeof(p), "%s/masked", base);
	UK_TEST_EXPECT_SNUM_EQ(mkdir(p, 0777), 0);
	UK_TEST_EXPECT_SNUM_EQ(stat(p, &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_mode & 0777, 0750);
	snprintf(p, sizeof(p), "%s/masked/f", base);
	UK_TEST_EXPECT_SNUM_EQ(close(creat(p, 0666)), 0);
	UK_TEST_EXPECT_SNUM_EQ(stat(p, &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_mode & 0777, 0640);
	UK_TEST_EXPECT_SNUM_EQ(umask(0), 027);
	sync();
}

UK_TESTCASE(vfscore_stat_testsuite, read_only_mount)
{
	char ro[64], p[80];
	int fd;

	snprintf(ro, sizeof(ro), "%s/foo/ro", base);
	UK_TEST_ASSERT(mkdir(ro, 0755) == 0);
	UK_TEST_EXPECT_SNUM_EQ(mount("", ro, "ramfs", MS_BIND, NULL), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EINVAL);
	UK_TEST_ASSERT(mount("", ro, "ramfs", MS_RDONLY, NULL) == 0);
	snprintf(p, sizeof(p), "%s/f", ro);
	UK_TEST_EXPECT_SNUM_EQ(creat(p, 0644), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EROFS);
	UK_TEST_EXPECT_SNUM_EQ(mkdir(p, 0755), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EROFS);
	UK_TEST_EXPECT_SNUM_EQ(chmod(ro, 0700), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EROFS);
	fd = open(ro, O_RDONLY | O_DIRECTORY);
	UK_TEST_EXPECT_SNUM_GE(fd, 0);
	close(fd);
	UK_TEST_EXPECT_SNUM_EQ(umount(ro), 0);
	UK_TEST_EXPECT_SNUM_EQ(rmdir(ro), 0);
}

uk_testsuite_register(vfscore_stat_testsuite, stat_suite_init);
