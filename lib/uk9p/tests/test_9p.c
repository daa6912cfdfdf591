/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uk9p without a server: Rreaddir entries are parsed one by one, and a
 * truncated or oversized entry is refused with -EPROTO instead of being
 * read past the buffer; connecting with no transport or no such share
 * fails cleanly.
 */
#include <errno.h>
#include <string.h>
#include <uk/9p.h>
#include <uk/9pdev_trans.h>
#include <uk/test.h>

/* One Rreaddir entry: qid[13] offset[8] type[1] name[s] */
static size_t put_entry(char *p, uint64_t path, uint64_t off,
			uint8_t type, const char *name)
{
	uint16_t n = (uint16_t)strlen(name);
	size_t len = 0;

	p[len++] = (char)UK_9P_QTDIR;
	memset(p + len, 0, 4);		/* version */
	len += 4;
	memcpy(p + len, &path, 8);
	len += 8;
	memcpy(p + len, &off, 8);
	len += 8;
	p[len++] = (char)type;
	memcpy(p + len, &n, 2);
	len += 2;
	memcpy(p + len, name, n);
	return len + n;
}

UK_TESTCASE(uk9p_testsuite, dirents_parse_in_order)
{
	struct uk_9p_dirent de;
	char buf[128];
	size_t len = 0, pos = 0;

	len += put_entry(buf + len, 7, 1, 4, ".");
	len += put_entry(buf + len, 9, 2, 8, "grass");
	UK_TEST_EXPECT_SNUM_EQ(uk_9p_dirent_next(buf, len, &pos, &de), 0);
	UK_TEST_EXPECT_STR_EQ(de.name, ".");
	UK_TEST_EXPECT_SNUM_EQ(de.qid.path, 7);
	UK_TEST_EXPECT_SNUM_EQ(de.offset, 1);
	UK_TEST_EXPECT_SNUM_EQ(uk_9p_dirent_next(buf, len, &pos, &de), 0);
	UK_TEST_EXPECT_STR_EQ(de.name, "grass");
	UK_TEST_EXPECT_SNUM_EQ(de.type, 8);
	UK_TEST_EXPECT_SNUM_EQ(de.offset, 2);
	UK_TEST_EXPECT_SNUM_EQ(pos, len);
	UK_TEST_EXPECT_SNUM_EQ(uk_9p_dirent_next(buf, len, &pos, &de),
			       -ENOENT);
}

UK_TESTCASE(uk9p_testsuite, broken_dirents_refused)
{
	struct uk_9p_dirent de;
	char buf[512];
	size_t len, pos;
	uint16_t huge = 300;

	len = put_entry(buf, 1, 1, 8, "file");
	for (size_t cut = 1; cut < len; cut++) {
		pos = 0;
		UK_TEST_EXPECT_SNUM_EQ(uk_9p_dirent_next(buf, cut, &pos, &de),
				       -EPROTO);
		UK_TEST_EXPECT_SNUM_EQ(pos, 0);
	}
	/* a name longer than NAME_MAX */
	memcpy(buf + 22, &huge, 2);
	pos = 0;
	UK_TEST_EXPECT_SNUM_EQ(uk_9p_dirent_next(buf, sizeof(buf), &pos,
						 &de), -EPROTO);
}

UK_TESTCASE(uk9p_testsuite, connect_failures)
{
	struct uk_9pdev *dev = NULL;
	struct uk_9pdev_trans *t = uk_9pdev_trans_get_default();

	UK_TEST_EXPECT_NULL(uk_9pdev_trans_by_name("nosuchtransport"));
	if (t) {
		UK_TEST_EXPECT_SNUM_EQ(uk_9pdev_connect(t, "no-such-tag",
							65536, &dev),
				       -ENODEV);
	} else {
		UK_TEST_EXPECT_SNUM_EQ(uk_9pdev_connect(NULL, "fs0", 65536,
							&dev), -ENODEV);
	}
	UK_TEST_EXPECT_NULL(dev);
}

uk_testsuite_register(uk9p_testsuite, NULL);
