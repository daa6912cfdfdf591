/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukcpio on archives assembled in memory, extracted into a ramfs mounted
 * at /cpiotest: a good archive lands with contents and modes; every
 * truncation, a non-hex field, escaping names, FIFOs and empty link
 * targets are refused with their code, symbolic links are made; no
 * single corrupted header byte crashes the reader.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/cpio.h>
#include <uk/ramfs_test.h>
#include <uk/test.h>

#define TOP "/cpiotest"

static char arc[4096];
static size_t arc_len;

static void add_entry(const char *name, unsigned int mode, const char *data,
		      unsigned int ino, unsigned int nlink)
{
	size_t dlen = strlen(data), nlen = strlen(name) + 1;

	arc_len += sprintf(arc + arc_len,
			   "070701%08X%08X%08X%08X%08X%08X%08zX%08X%08X%08X"
			   "%08X%08zX%08X", ino, mode, 0, 0, nlink, 0, dlen, 0,
			   0, 0, 0, nlen, 0);
	memcpy(arc + arc_len, name, nlen);
	arc_len = (arc_len + nlen + 3) & ~3UL;
	memcpy(arc + arc_len, data, dlen);
	arc_len = (arc_len + dlen + 3) & ~3UL;
}

static void add(const char *name, unsigned int mode, const char *data)
{
	add_entry(name, mode, data, 1, 1);
}

static void start(void)
{
	memset(arc, 0, sizeof(arc));
	arc_len = 0;
}

static void finish(void)
{
	add("TRAILER!!!", 0, "");
}

static int cpio_suite_init(struct uk_testsuite *suite __unused)
{
	return ramfs_test_mount(TOP);
}

static void good_archive(void)
{
	start();
	add(".", 040755, "");
	add("./etc", 040700, "");
	add("./etc/motd", 0100640, "hello\n");
	add("empty", 0100600, "");
	finish();
}

UK_TESTCASE(ukcpio_testsuite, good_archive_lands)
{
	char buf[16] = { 0 };
	struct stat st;
	int fd;

	good_archive();
	UK_TEST_ASSERT(ukcpio_extract(TOP, arc, arc_len) == 0);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/etc", &st), 0);
	UK_TEST_EXPECT(S_ISDIR(st.st_mode) && (st.st_mode & 0777) == 0700);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/etc/motd", &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_mode & 0777, 0640);
	fd = open(TOP "/etc/motd", O_RDONLY);
	UK_TEST_EXPECT_SNUM_EQ(read(fd, buf, sizeof(buf)), 6);
	UK_TEST_EXPECT_STR_EQ(buf, "hello\n");
	close(fd);
	UK_TEST_EXPECT_SNUM_EQ(stat(TOP "/empty", &st), 0);
	UK_TEST_EXPECT_SNUM_EQ(st.st_size, 0);
}

UK_TESTCASE(ukcpio_testsuite, every_truncation_refused)
{
	size_t cut, refused = 0;

	good_archive();
	for (cut = 0; cut < arc_len; cut++) {
		int rc = ukcpio_extract(TOP, arc, cut);

		/* cutting only trailer padding still leaves a full trailer */
		if (rc == -UKCPIO_TRUNCATED)
			refused++;
		else if (cut < arc_len - 3)
			UK_TEST_EXPECTF(0, "cut at %zu gave %d", cut, rc);
	}
	UK_TEST_EXPECT_SNUM_GE(refused, arc_len - 3);
}

UK_TESTCASE(ukcpio_testsuite, bad_fields_and_names)
{
	char lbuf[16];

	start();
	add("ok", 0100644, "x");
	finish();
	arc[6 + 8 * 6] = 'g';	/* filesize field: not hex */
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len),
			       -UKCPIO_BAD_HEADER);
	memcpy(arc, "070707", 6);	/* old binary-ish magic */
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len),
			       -UKCPIO_BAD_HEADER);

	start();
	add("a/../../escaped", 0100644, "x");
	finish();
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len),
			       -UKCPIO_NAME_ESCAPES);
	start();
	add("..", 040755, "");
	finish();
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len),
			       -UKCPIO_NAME_ESCAPES);
	start();
	add("fifo", 010644, "");
	finish();
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len),
			       -UKCPIO_UNSUPPORTED_TYPE);
	start();
	add("link", 0120777, "target");
	finish();
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len), 0);
	UK_TEST_EXPECT_SNUM_EQ(readlink(TOP "/link", lbuf, sizeof(lbuf)), 6);
	UK_TEST_EXPECT_BYTES_EQ(lbuf, "target", 6);
	start();
	add("emptylink", 0120777, "");
	finish();
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len),
			       -UKCPIO_BAD_HEADER);
	start();
	add("/abs/../x..y", 0100644, "z");
	finish();
	/* any ".." component is refused, even one that stays inside */
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len),
			       -UKCPIO_NAME_ESCAPES);
	start();
	add("x..y", 0100644, "z");
	finish();
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len), 0);
	UK_TEST_EXPECT_SNUM_EQ(access(TOP "/x..y", F_OK), 0);
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(NULL, arc, arc_len),
			       -UKCPIO_INVALID_PARAM);
	UK_TEST_EXPECT_STR_EQ(ukcpio_strerror(-UKCPIO_TRUNCATED),
			      "archive truncated");
}

UK_TESTCASE(ukcpio_testsuite, corrupted_bytes_never_crash)
{
	static const char junk[] = { 0, '9', 'F', 'z', (char)0xff, '/' };
	unsigned int errors = 0, tries = 0;

	good_archive();
	/* every byte of the first two headers and names, a few values */
	for (size_t i = 0; i < 240; i++) {
		for (size_t j = 0; j < sizeof(junk); j++) {
			char saved = arc[i];
			int rc;

			arc[i] = junk[j];
			rc = ukcpio_extract(TOP, arc, arc_len);
			arc[i] = saved;
			tries++;
			errors += rc < 0;
			if (rc > 0)
				UK_TEST_EXPECTF(0, "byte %zu: %d", i, rc);
		}
	}
	/* Many bytes (uid, mtime, name letters) may change harmlessly;
	 * magic, sizes and names must not go unnoticed */
	UK_TEST_EXPECT_SNUM_GT(errors, tries / 4);
	UK_TEST_EXPECT_SNUM_EQ(ukcpio_extract(TOP, arc, arc_len), 0);
}

UK_TESTCASE(ukcpio_testsuite, hard_links_become_copies)
{
	char buf[8] = { 0 };
	int fd;

	/* as GNU cpio writes them: the data comes with the last name */
	start();
	add_entry("l1", 0100644, "", 7, 3);
	add_entry("l2", 0100644, "", 7, 3);
	add_entry("other", 0100644, "o", 8, 1);
	add_entry("l3", 0100644, "linked", 7, 3);
	finish();
	UK_TEST_ASSERT(ukcpio_extract(TOP, arc, arc_len) == 0);
	fd = open(TOP "/l1", O_RDONLY);
	UK_TEST_EXPECT_SNUM_EQ(read(fd, buf, sizeof(buf)), 6);
	UK_TEST_EXPECT_STR_EQ(buf, "linked");
	close(fd);
	memset(buf, 0, sizeof(buf));
	fd = open(TOP "/l2", O_RDONLY);
	UK_TEST_EXPECT_SNUM_EQ(read(fd, buf, sizeof(buf)), 6);
	UK_TEST_EXPECT_STR_EQ(buf, "linked");
	close(fd);
}

uk_testsuite_register(ukcpio_testsuite, cpio_suite_init);
