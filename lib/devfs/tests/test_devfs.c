/* SPDX-License-Identifier: BSD-3-Clause */
/* devfs: the devices exist as character devices and behave. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/test.h>

static const char *dir = "/dev";

static int devfs_suite_init(struct uk_testsuite *suite __unused)
{
	struct stat st;

	if (!stat("/dev/null", &st))
		return 0;	/* mounted at boot */
	if (stat("/", &st) && mount("", "/", "ramfs", 0, NULL))
		return -1;
	if (mkdir("/devtest", 0755) && errno != EEXIST)
		return -1;
	dir = "/devtest";
	return mount("devfs", dir, "devfs", 0, NULL);
}

static int open_dev(const char *name, int flags)
{
	char path[64];

	strcpy(path, dir);
	strcat(path, "/");
	strcat(path, name);
	return open(path, flags);
}

UK_TESTCASE(devfs_testsuite, null)
{
	char buf[4];
	int fd = open_dev("null", O_RDWR);

	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(write(fd, "abc", 3), 3);
	UK_TEST_EXPECT_SNUM_EQ(read(fd, buf, sizeof(buf)), 0);
	UK_TEST_EXPECT_SNUM_EQ(lseek(fd, 0, SEEK_SET), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ESPIPE);
	close(fd);
}

UK_TESTCASE(devfs_testsuite, zero)
{
	char buf[300];
	int fd = open_dev("zero", O_RDONLY);

	UK_TEST_ASSERT(fd >= 0);
	memset(buf, 'x', sizeof(buf));
	UK_TEST_EXPECT_SNUM_EQ(read(fd, buf, sizeof(buf)), sizeof(buf));
	UK_TEST_EXPECT_SNUM_EQ(buf[0] | buf[150] | buf[299], 0);
	close(fd);
}

UK_TESTCASE(devfs_testsuite, urandom)
{
	unsigned char a[64], b[64];
	int fd = open_dev("urandom", O_RDONLY), differ = 0, nonzero = 0;

	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(read(fd, a, sizeof(a)), sizeof(a));
	UK_TEST_EXPECT_SNUM_EQ(read(fd, b, sizeof(b)), sizeof(b));
	for (unsigned int i = 0; i < sizeof(a); i++) {
		differ += a[i] != b[i];
		nonzero += a[i] != 0;
	}
	UK_TEST_EXPECT_SNUM_GT(differ, 32);
	UK_TEST_EXPECT_SNUM_GT(nonzero, 32);
	close(fd);
}

UK_TESTCASE(devfs_testsuite, console_and_listing)
{
	struct stat st;
	int fd = open_dev("console", O_WRONLY);

	UK_TEST_ASSERT(fd >= 0);
	UK_TEST_EXPECT_SNUM_EQ(fstat(fd, &st), 0);
	UK_TEST_EXPECT(S_ISCHR(st.st_mode));
	UK_TEST_EXPECT(isatty(fd));
	UK_TEST_EXPECT_SNUM_EQ(write(fd, "devfs console\n", 14), 14);
	close(fd);
	UK_TEST_EXPECT_SNUM_EQ(open_dev("nothere", O_RDONLY), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOENT);
	UK_TEST_EXPECT_SNUM_EQ(open_dev("newfile", O_CREAT | O_WRONLY), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EPERM);
}

uk_testsuite_register(devfs_testsuite, devfs_suite_init);
