/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fstest: runs the file operations named on its command line, in order,
 * and prints one line per result ("OK ..." or "ERR <op> <path>: <errno
 * name> (<n>)"), then "fstest: done". Texts may not contain spaces: a
 * '~' in TEXT is written as a space, a '^' as a newline.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>
#include "fstest.h"

#define CHUNK	(256 * 1024)

static char *chunk;

static int fail(const char *op, const char *path)
{
	printf("ERR %s %s: %s (%d)\n", op, path, strerror(errno), errno);
	return 1;
}

static void unescape(char *s)
{
	char *w = s;

	for (; *s; s++) {
		if (*s == '~') {
			*w++ = ' ';
		} else if (*s == '^') {
			*w++ = '\n';
		} else {
			*w++ = *s;
		}
	}
	*w = '\0';
}

static int do_write(const char *path, char *text, int flags)
{
	int fd = open(path, O_WRONLY | O_CREAT | flags, 0644);
	ssize_t n;

	if (fd < 0)
		return fail("write", path);
	unescape(text);
	n = write(fd, text, strlen(text));
	if (n != (ssize_t)strlen(text) || fsync(fd) || close(fd))
		return fail("write", path);
	printf("OK write %s %zd\n", path, n);
	return 0;
}

static int do_cat(const char *path)
{
	char buf[512];
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return fail("cat", path);
	printf("OK cat %s <<", path);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		fwrite(buf, 1, n, stdout);
	printf(">>\n");
	close(fd);
	return n < 0 ? fail("cat", path) : 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int do_ls(const char *path)
{
	char *names[256], full[512];
	struct dirent *e;
	struct stat st;
	int n = 0;
	DIR *d = opendir(path);

	if (!d)
		return fail("ls", path);
	while ((e = readdir(d)) && n < 256) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(names[0]), cmp_names);
	printf("OK ls %s:", path);
	for (int i = 0; i < n; i++) {
		snprintf(full, sizeof(full), "%s/%s",
			 strcmp(path, "/") ? path : "", names[i]);
		if (stat(full, &st))
			printf(" %s(?)", names[i]);
		else if (S_ISDIR(st.st_mode))
			printf(" %s/", names[i]);
		else
			printf(" %s(%lld)", names[i], (long long)st.st_size);
		free(names[i]);
	}
	printf("\n");
	return 0;
}

static int do_stat(const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return fail("stat", path);
	printf("OK stat %s type=%s size=%lld mode=%04o\n", path,
	       S_ISDIR(st.st_mode) ? "dir" : S_ISREG(st.st_mode) ? "reg" :
	       S_ISCHR(st.st_mode) ? "chr" : "other",
	       (long long)st.st_size, (unsigned int)(st.st_mode & 07777));
	return 0;
}

/* Reads LEN bytes at OFF three ways: pread, lseek+read, and a read
 * split in two; all must agree */
static int do_pread(const char *path, off_t off, size_t len)
{
	char a[256] = { 0 }, b[256] = { 0 };
	ssize_t n, m, k;
	int fd = open(path, O_RDONLY);

	if (fd < 0 || len > sizeof(a) - 1)
		return fail("pread", path);
	n = pread(fd, a, len, off);
	if (n < 0 || lseek(fd, off, SEEK_SET) != off)
		return fail("pread", path);
	m = read(fd, b, len / 2);
	k = m < 0 ? -1 : read(fd, b + m, len - m);
	if (m < 0 || k < 0)
		return fail("pread", path);
	printf("OK pread %s %lld %zu: %zd <<%s>> %s end=%lld\n", path,
	       (long long)off, len, n, a,
	       (m + k == n && !memcmp(a, b, n)) ? "same" : "DIFFERENT",
	       (long long)lseek(fd, 0, SEEK_END));
	close(fd);
	return 0;
}

/* Deterministic contents: what byte i of a filled file is */
static void pattern(char *buf, size_t len, size_t start)
{
	for (size_t i = 0; i < len; i++) {
		size_t x = start + i;

		buf[i] = (char)((x * 131) ^ (x >> 9) ^ (x >> 17));
	}
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int fill(const char *path, size_t mib, int quiet, double *secs)
{
	size_t total = mib << 20, done = 0;
	uint32_t crc = 0;
	double t0;
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0)
		return fail("fill", path);
	t0 = now_s();
	while (done < total) {
		size_t n = total - done < CHUNK ? total - done : CHUNK;
		ssize_t w;

		if (!quiet)
			pattern(chunk, n, done);
		w = write(fd, chunk, n);
		if (w != (ssize_t)n)
			return fail("fill", path);
		if (!quiet)
			crc = crc32_update(crc, chunk, n);
		done += n;
	}
	if (fsync(fd) || close(fd))
		return fail("fill", path);
	if (secs)
		*secs = now_s() - t0;
	if (!quiet)
		printf("OK fill %s %zu crc=%08x\n", path, total, crc);
	return 0;
}

static int hash(const char *path, int quiet, double *secs)
{
	uint32_t crc = 0;
	size_t total = 0;
	ssize_t n;
	double t0;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return fail("hash", path);
	t0 = now_s();
	while ((n = read(fd, chunk, CHUNK)) > 0) {
		if (!quiet)
			crc = crc32_update(crc, chunk, n);
		total += n;
	}
	if (secs)
		*secs = now_s() - t0;
	close(fd);
	if (n < 0)
		return fail("hash", path);
	if (!quiet)
		printf("OK hash %s %zu crc=%08x\n", path, total, crc);
	return 0;
}

static int bench(const char *path, size_t mib)
{
	double w, r;

	memset(chunk, 0x5a, CHUNK);
	if (fill(path, mib, 1, &w) || hash(path, 1, &r))
		return 1;
	printf("OK bench %s %zu MiB write %.1f MiB/s read %.1f MiB/s\n",
	       path, mib, mib / w, mib / r);
	return unlink(path) ? fail("bench", path) : 0;
}

/* The stdio API on a file: write lines, read them back, seek */
static int do_stdio(const char *path)
{
	char line[64], first[64];
	long end;
	FILE *f = fopen(path, "w");
	int n = 0, eof;

	if (!f)
		return fail("fopen", path);
	for (int i = 1; i <= 3; i++)
		fprintf(f, "line %d of %s\n", i, path);
	fputs("last\n", f);
	if (fflush(f) || fclose(f))
		return fail("fclose", path);
	f = fopen(path, "r");
	if (!f)
		return fail("fopen", path);
	while (fgets(line, sizeof(line), f))
		if (n++ == 0)
			strcpy(first, line);
	end = ftell(f);
	eof = feof(f);
	fseek(f, 5, SEEK_SET);
	printf("OK stdio %s lines=%d end=%ld eof=%d pos5=%c first=%s", path,
	       n, end, eof, fgetc(f), first);
	fclose(f);
	return 0;
}

static int do_df(const char *path)
{
	struct statfs sf;

	if (statfs(path, &sf))
		return fail("df", path);
	printf("OK df %s bsize=%ld blocks=%llu bfree=%llu namelen=%ld\n",
	       path, sf.f_bsize, (unsigned long long)sf.f_blocks,
	       (unsigned long long)sf.f_bfree, sf.f_namelen);
	return 0;
}

/* Descriptor 0 until end of input */
static int do_stdin(void)
{
	char buf[256];
	size_t total = 0;
	uint32_t crc = 0;
	ssize_t n;

	while ((n = read(STDIN_FILENO, buf, sizeof(buf))) > 0) {
		crc = crc32_update(crc, buf, n);
		total += n;
	}
	if (n < 0)
		return fail("stdin", "0");
	printf("OK stdin %zu crc=%08x\n", total, crc);
	return 0;
}

/* printf into a file by putting it at descriptor 1 for a while */
static int do_redirect(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	int saved = dup(STDOUT_FILENO);

	if (fd < 0 || saved < 0)
		return fail("redirect", path);
	fflush(stdout);
	dup2(fd, STDOUT_FILENO);
	printf("printf went to %s\n", path);
	puts("puts too");
	fflush(stdout);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	close(fd);
	printf("OK redirect %s\n", path);
	return 0;
}

static void errname(const char *what, long r)
{
	printf(" %s=%ld/%s", what, r, r < 0 ? strerror(errno) : "-");
}

static int badfd(void)
{
	char c;

	printf("OK badfd");
	errname("read(-1)", read(-1, &c, 1));
	errname("write(4096)", write(4096, &c, 1));
	errname("close(77)", close(77));
	errname("dup2(1,-5)", dup2(1, -5));
	errname("lseek(1)", lseek(1, 0, SEEK_SET));
	printf("\n");
	return 0;
}

#define NEED(n)								\
	do {								\
		if (i + (n) >= argc) {					\
			printf("ERR %s: needs %d operands\n", cmd, n);	\
			return 1;					\
		}							\
	} while (0)

int main(int argc, char *argv[])
{
	int errors = 0;

	chunk = malloc(CHUNK);
	if (!chunk)
		return 2;
	for (int i = 1; i < argc; i++) {
		const char *cmd = argv[i];

		if (!strcmp(cmd, "mkdir")) {
			NEED(1);
			errors += mkdir(argv[++i], 0755) ?
				fail("mkdir", argv[i]) :
				!printf("OK mkdir %s\n", argv[i]);
		} else if (!strcmp(cmd, "rmdir")) {
			NEED(1);
			errors += rmdir(argv[++i]) ? fail("rmdir", argv[i]) :
				!printf("OK rmdir %s\n", argv[i]);
		} else if (!strcmp(cmd, "rm")) {
			NEED(1);
			errors += unlink(argv[++i]) ? fail("rm", argv[i]) :
				!printf("OK rm %s\n", argv[i]);
		} else if (!strcmp(cmd, "mv")) {
			NEED(2);
			errors += rename(argv[i + 1], argv[i + 2]) ?
				fail("mv", argv[i + 1]) :
				!printf("OK mv %s %s\n", argv[i + 1],
					argv[i + 2]);
			i += 2;
		} else if (!strcmp(cmd, "write") || !strcmp(cmd, "append")) {
			NEED(2);
			errors += do_write(argv[i + 1], argv[i + 2],
					   cmd[0] == 'w' ? O_TRUNC : O_APPEND);
			i += 2;
		} else if (!strcmp(cmd, "cat")) {
			NEED(1);
			errors += do_cat(argv[++i]);
		} else if (!strcmp(cmd, "ls")) {
			NEED(1);
			errors += do_ls(argv[++i]);
		} else if (!strcmp(cmd, "stat")) {
			NEED(1);
			errors += do_stat(argv[++i]);
		} else if (!strcmp(cmd, "pread")) {
			NEED(3);
			errors += do_pread(argv[i + 1], atol(argv[i + 2]),
					   atol(argv[i + 3]));
			i += 3;
		} else if (!strcmp(cmd, "fill")) {
			NEED(2);
			errors += fill(argv[i + 1], atol(argv[i + 2]), 0, NULL);
			i += 2;
		} else if (!strcmp(cmd, "hash")) {
			NEED(1);
			errors += hash(argv[++i], 0, NULL);
		} else if (!strcmp(cmd, "bench")) {
			NEED(2);
			errors += bench(argv[i + 1], atol(argv[i + 2]));
			i += 2;
		} else if (!strcmp(cmd, "stdio")) {
			NEED(1);
			errors += do_stdio(argv[++i]);
		} else if (!strcmp(cmd, "mount")) {
			NEED(3);
			errors += mount(argv[i + 2], argv[i + 3], argv[i + 1],
					0, NULL) ? fail("mount", argv[i + 3]) :
				!printf("OK mount %s %s %s\n", argv[i + 1],
					argv[i + 2], argv[i + 3]);
			i += 3;
		} else if (!strcmp(cmd, "umount")) {
			NEED(1);
			errors += umount(argv[++i]) ? fail("umount", argv[i]) :
				!printf("OK umount %s\n", argv[i]);
		} else if (!strcmp(cmd, "df")) {
			NEED(1);
			errors += do_df(argv[++i]);
		} else if (!strcmp(cmd, "redirect")) {
			NEED(1);
			errors += do_redirect(argv[++i]);
		} else if (!strcmp(cmd, "stdin")) {
			errors += do_stdin();
		} else if (!strcmp(cmd, "badfd")) {
			errors += badfd();
		} else {
			printf("ERR unknown command %s\n", cmd);
			return 1;
		}
	}
	printf("fstest: done, %d errors\n", errors);
	return 0;
}
