/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ramfs on its own mount (/ramfstest): files grow and shrink, holes read
 * as zeros, directories list their entries, rename and unlink behave as
 * POSIX says, an unlinked open file stays readable, symbolic links are
 * followed (and loops stop with ELOOP).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <uk/ramfs_test.h>
#include <uk/test.h>

#define TOP "/ramfstest"

static int ramfs_suite_init(struct uk_testsuite *suite __unused)
{
	return ramfs_test_mount(TOP);
}

UK_TESTCASE(ramfs_testsuite, write_seek_read)
{
	char buf[16] = { 0 };
	int fd = open(TOP "/a", O_RDWR | O_CREAT | O_EXCL, 0644);

	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(write(fd, "hello world", 11), 11);
	UK_TEST_EXPECT_SNUM_EQ(lseek(fd, 6, SEEK_SET), 6);
	UK_TEST_EXPECT_SNUM_EQ(read(fd, buf, sizeof(buf)), 5);
	UK_TEST_EXPECT_STR_EQ(buf, "world");
	UK_TEST_EXPECT_SNUM_EQ(read(fd, buf, sizeof(buf)), 0);
	UK_TEST_EXPECT_SNUM_EQ(pread(fd, buf, 4, 1), 4);
	UK_TEST_EXPECT_BYTES_EQ(buf, "ello", 4);
	UK_TEST_EXPECT_SNUM_EQ(lseek(fd, 0, SEEK_END), 11);
	UK_TEST_EXPECT_SNUM_EQ(lseek(fd, -12, SEEK_END), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EINVAL);
	UK_TEST_EXPECT_SNUM_EQ(close(fd), 0);
	UK_TEST_EXPECT_SNUM_EQ(open(TOP "/a", O_CREAT | O_EXCL | O_RDWR,
				    0644), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EEXIST);
}

UK_TESTCASE(ramfs_testsuite, holes_and_truncate)
{
	char buf[8];
	struct stat st;
	int fd = open(TOP "/h", O_RDWR | O_CREAT | O_TRUNC, 0600);

	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(pwrite(fd, "x", 1, 100000), 1);
	UK_TEST_EXPECT_SNUM_EQ(fstat(fd, &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_size, 100001);
	UK_TEST_EXPECT_SNUM_EQ(pread(fd, buf, 4, 50000), 4);
	UK_TEST_EXPECT_BYTES_EQ(buf, "\0\0\0\0", 4);
	UK_TEST_EXPECT_SNUM_EQ(ftruncate(fd, 3), 0);
	UK_TEST_EXPECT_SNUM_EQ(fstat(fd, &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_size, 3);
	close(fd);
	/* O_APPEND writes at the end whatever the offset */
	fd = open(TOP "/h", O_WRONLY | O_APPEND);
	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(write(fd, "yz", 2), 2);
	close(fd);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/h", &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_size, 5);
}

static int count_entries(const char *path, const char *want, int *found)
{
	DIR *d = opendir(path);
	struct dirent *e;
	int n = 0;

	*found = 0;
	if (!d)
		return -1;
	while ((e = readdir(d))) {
		n++;
		if (!strcmp(e->d_name, want))
			*found = 1;
	}
	closedir(d);
	return n;
}

UK_TESTCASE(ramfs_testsuite, directories)
{
	int found;

	UK_TEST_EXPECT_SNUM_EQ(mkdir(TOP "/d", 0755), 0);
	UK_TEST_EXPECT_SNUM_EQ(mkdir(TOP "/d", 0755), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EEXIST);
	UK_TEST_EXPECT_SNUM_EQ(close(open(TOP "/d/f", O_CREAT | O_WRONLY,
					  0644)), 0);
	/* ".", ".." and f */
	UK_TEST_EXPECT_SNUM_EQ(count_entries(TOP "/d", "f", &found), 3);
	UK_TEST_EXPECT(found);
	UK_TEST_EXPECT_SNUM_EQ(rmdir(TOP "/d"), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOTEMPTY);
	UK_TEST_EXPECT_SNUM_EQ(unlink(TOP "/d"), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EISDIR);
	UK_TEST_EXPECT_SNUM_EQ(open(TOP "/d", O_WRONLY), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EISDIR);
	UK_TEST_EXPECT_SNUM_EQ(unlink(TOP "/d/f"), 0);
	UK_TEST_EXPECT_SNUM_EQ(rmdir(TOP "/d"), 0);
	UK_TEST_EXPECT_SNUM_EQ(access(TOP "/d", F_OK), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOENT);
}

UK_TESTCASE(ramfs_testsuite, rename_and_unlink_open)
{
	char buf[8] = { 0 };
	struct stat st;
	int fd;

	UK_TEST_EXPECT_SNUM_EQ(mkdir(TOP "/r", 0755), 0);
	fd = open(TOP "/r/old", O_RDWR | O_CREAT, 0644);
	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(write(fd, "abc", 3), 3);
	UK_TEST_EXPECT_SNUM_EQ(rename(TOP "/r/old", TOP "/new"), 0);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/r/old", &st), -1);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/new", &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_size, 3);
	UK_TEST_EXPECT_SNUM_EQ(rename(TOP "/r", TOP "/r/below"), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EINVAL);
	UK_TEST_EXPECT_SNUM_EQ(unlink(TOP "/new"), 0);
	/* still readable through the descriptor */
	UK_TEST_EXPECT_SNUM_EQ(pread(fd, buf, 3, 0), 3);
	UK_TEST_EXPECT_STR_EQ(buf, "abc");
	UK_TEST_EXPECT_SNUM_EQ(close(fd), 0);
	UK_TEST_EXPECT_SNUM_EQ(rename(TOP "/nothere", TOP "/x"), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOENT);
}

UK_TESTCASE(ramfs_testsuite, dup_shares_offset)
{
	char c = 0;
	int fd = open(TOP "/a", O_RDONLY), fd2;

	UK_TEST_ASSERT(fd >= 0);
	fd2 = dup(fd);
	UK_TEST_EXPECT_SNUM_GT(fd2, fd);
	UK_TEST_EXPECT_SNUM_EQ(read(fd, &c, 1), 1);
	UK_TEST_EXPECT_SNUM_EQ(read(fd2, &c, 1), 1);
	UK_TEST_EXPECT_SNUM_EQ(c, 'e');
	UK_TEST_EXPECT_SNUM_EQ(dup2(fd, 200), 200);
	UK_TEST_EXPECT_SNUM_EQ(lseek(200, 0, SEEK_CUR), 2);
	UK_TEST_EXPECT_SNUM_EQ(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDONLY);
	close(fd);
	close(fd2);
	close(200);
	UK_TEST_EXPECT_SNUM_EQ(close(200), -1);
}

UK_TESTCASE(ramfs_testsuite, scatter_gather)
{
	char a[3] = "abc", b[4] = "defg", c[2] = "hi", out[9] = { 0 };
	struct iovec w[3] = { { a, 3 }, { b, 4 }, { c, 2 } };
	struct iovec r[20];
	int fd = open(TOP "/v", O_RDWR | O_CREAT | O_TRUNC, 0644);

	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(writev(fd, w, 3), 9);
	/* more iovecs than vfscore keeps on its stack, one byte each */
	for (int i = 0; i < 20; i++) {
		r[i].iov_base = out + (i < 9 ? i : 8);
		r[i].iov_len = i < 8 ? 1 : 0;
	}
	r[19].iov_len = 1;
	UK_TEST_EXPECT_SNUM_EQ(preadv(fd, r, 20, 0), 9);
	UK_TEST_EXPECT_BYTES_EQ(out, "abcdefghi", 9);
	UK_TEST_EXPECT_SNUM_EQ(readv(fd, r, -1), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EINVAL);
	close(fd);
}

uk_testsuite_register(ramfs_testsuite, ramfs_suite_init);

UK_TESTCASE(ramfs_testsuite, symbolic_links)
{
	char buf[64] = { 0 }, cwd[64];
	struct stat st;
	int fd;

	UK_TEST_EXPECT_SNUM_EQ(mkdir(TOP "/s", 0755), 0);
	fd = open(TOP "/s/target", O_RDWR | O_CREAT, 0644);
	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(write(fd, "pointed", 7), 7);
	close(fd);
	UK_TEST_EXPECT_SNUM_EQ(symlink("target", TOP "/s/rel"), 0);
	UK_TEST_EXPECT_SNUM_EQ(symlink(TOP "/s", TOP "/abs"), 0);
	UK_TEST_EXPECT_SNUM_EQ(symlink("x", TOP "/s/rel"), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EEXIST);
	/* read through a relative link and through a linked directory */
	fd = open(TOP "/abs/rel", O_RDONLY);
	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(read(fd, buf, sizeof(buf)), 7);
	UK_TEST_EXPECT_STR_EQ(buf, "pointed");
	close(fd);
	UK_TEST_EXPECT_SNUM_EQ(readlink(TOP "/s/rel", buf, sizeof(buf)), 6);
	UK_TEST_EXPECT_BYTES_EQ(buf, "target", 6);
	/* a short buffer truncates, no NUL */
	UK_TEST_EXPECT_SNUM_EQ(readlink(TOP "/s/rel", buf, 3), 3);
	UK_TEST_EXPECT_SNUM_EQ(readlink(TOP "/s/target", buf, 8), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EINVAL);
	UK_TEST_EXPECT_SNUM_EQ(lstat(TOP "/s/rel", &st), 0);
	UK_TEST_EXPECT(S_ISLNK(st.st_mode));
	UK_TEST_EXPECT_SNUM_EQ(st.st_size, 6);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/s/rel", &st), 0);
	UK_TEST_EXPECT(S_ISREG(st.st_mode));
	UK_TEST_EXPECT_SNUM_EQ(open(TOP "/s/rel", O_RDONLY | O_NOFOLLOW), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ELOOP);
	/* loops end */
	UK_TEST_EXPECT_SNUM_EQ(symlink("loop2", TOP "/s/loop1"), 0);
	UK_TEST_EXPECT_SNUM_EQ(symlink("loop1", TOP "/s/loop2"), 0);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/s/loop1", &st), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ELOOP);
	/* chdir through a link lands in the target; ".." leaves it */
	UK_TEST_EXPECT_SNUM_EQ(chdir(TOP "/abs"), 0);
	UK_TEST_ASSERT(getcwd(cwd, sizeof(cwd)) != NULL);
	UK_TEST_EXPECT_STR_EQ(cwd, TOP "/s");
	UK_TEST_EXPECT_SNUM_EQ(chdir("/"), 0);
	/* unlink through a linked directory removes the file there */
	UK_TEST_EXPECT_SNUM_EQ(unlink(TOP "/abs/loop1"), 0);
	UK_TEST_EXPECT_SNUM_EQ(lstat(TOP "/s/loop1", &st), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOENT);
	/* unlink of a link removes the link only */
	UK_TEST_EXPECT_SNUM_EQ(unlink(TOP "/s/rel"), 0);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/s/target", &st), 0);
	/* O_CREAT through a link that leads nowhere makes its target */
	UK_TEST_EXPECT_SNUM_EQ(symlink("made", TOP "/s/dangling"), 0);
	UK_TEST_EXPECT_SNUM_EQ(open(TOP "/s/dangling",
				    O_WRONLY | O_CREAT | O_EXCL, 0644), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EEXIST);
	fd = open(TOP "/s/dangling", O_WRONLY | O_CREAT, 0644);
	UK_TEST_ASSERT(fd >= 0);
	close(fd);
	UK_TEST_EXPECT_SNUM_EQ(lstat(TOP "/s/made", &st), 0);
	UK_TEST_EXPECT(S_ISREG(st.st_mode));

	UK_TEST_EXPECT_SNUM_EQ(link(TOP "/s/target", TOP "/s/h"), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EPERM);
}
