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
#include <uk/essentials.h>
#include <uk/sched.h>
#include <uk/thread.h>
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

/* lstat, with what links need: the type, inode and link count */
static int do_lstat(const char *path)
{
	struct stat st;

	if (lstat(path, &st))
		return fail("lstat", path);
	printf("OK lstat %s type=%s size=%lld ino=%llu nlink=%lu\n", path,
	       S_ISLNK(st.st_mode) ? "link" : S_ISDIR(st.st_mode) ? "dir" :
	       S_ISREG(st.st_mode) ? "reg" : "other",
	       (long long)st.st_size, (unsigned long long)st.st_ino,
	       (unsigned long)st.st_nlink);
	return 0;
}

static int do_readlink(const char *path)
{
	char buf[256];
	ssize_t n = readlink(path, buf, sizeof(buf) - 1);

	if (n < 0)
		return fail("readlink", path);
	buf[n] = '\0';
	printf("OK readlink %s -> %s\n", path, buf);
	return 0;
}

/* Opens with O_NOFOLLOW and reads the file */
static int do_catnofollow(const char *path)
{
	char buf[256];
	int fd = open(path, O_RDONLY | O_NOFOLLOW);
	ssize_t n;

	if (fd < 0)
		return fail("catnofollow", path);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n < 0)
		return fail("catnofollow", path);
	buf[n] = '\0';
	printf("OK catnofollow %s <<%s>>\n", path, buf);
	return 0;
}

/* Waits (at most 30 s) until PATH exists: lets a test change the share
 * from the host at a known point of the run */
static int do_waitfor(const char *path)
{
	struct stat st;

	for (int i = 0; i < 3000; i++) {
		if (!stat(path, &st)) {
			printf("OK waitfor %s\n", path);
			return 0;
		}
		usleep(10000);
	}
	return fail("waitfor", path);
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

/* N stat() calls of PATH: the cost of one lookup (bench) */
static int do_statloop(const char *path, long n)
{
	struct stat st;
	double t0 = now_s();

	for (long i = 0; i < n; i++)
		if (stat(path, &st))
			return fail("statloop", path);
	printf("OK statloop %s %ld us=%.2f\n", path, n,
	       n > 0 ? (now_s() - t0) * 1e6 / n : 0.0);
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

/* The first N bytes of PATH (devices never end) */
static int do_head(const char *path, size_t want)
{
	size_t total = 0;
	uint32_t crc = 0;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return fail("head", path);
	while (total < want) {
		ssize_t n = read(fd, chunk, MIN(want - total, (size_t)CHUNK));

		if (n <= 0)
			break;
		crc = crc32_update(crc, chunk, n);
		total += n;
	}
	close(fd);
	printf("OK head %s %zu crc=%08x\n", path, total, crc);
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

static volatile int ticker_stop;
static volatile unsigned long ticks;

static void ticker(void *arg __unused)
{
	while (!ticker_stop) {
		ticks++;
		uk_sched_yield();
	}
}

/* Reads PATH while another thread counts: did it run during the I/O? */
static int do_concurrent(const char *path)
{
	struct uk_thread *t;
	unsigned long before;

	ticker_stop = 0;
	ticks = 0;
	t = uk_thread_create("ticker", ticker, NULL);
	if (!t)
		return fail("concurrent", path);
	before = ticks;
	if (hash(path, 1, NULL))
		return 1;
	printf("OK concurrent %s ticks-during-read=%s\n", path,
	       ticks > before ? "yes" : "no");
	ticker_stop = 1;
	uk_thread_wait(t);
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

/* Prints "OK <what>" or the error of a call that returned r */
static int report(int r, const char *op, char **a, int n)
{
	if (r)
		return fail(op, a[0]);
	printf("OK %s", op);
	for (int i = 0; i < n; i++)
		printf(" %s", a[i]);
	printf("\n");
	return 0;
}

static int c_mkdir(char **a)
{
	return report(mkdir(a[0], 0755), "mkdir", a, 1);
}

static int c_rmdir(char **a) { return report(rmdir(a[0]), "rmdir", a, 1); }
static int c_rm(char **a) { return report(unlink(a[0]), "rm", a, 1); }
static int c_mv(char **a) { return report(rename(a[0], a[1]), "mv", a, 2); }
static int c_symlink(char **a)
{
	return report(symlink(a[0], a[1]), "symlink", a, 2);
}

static int c_link(char **a)
{
	/* errors name the new path */
	if (link(a[0], a[1]))
		return fail("link", a[1]);
	return report(0, "link", a, 2);
}

static int c_statloop(char **a) { return do_statloop(a[0], atol(a[1])); }
static int c_waitfor(char **a) { return do_waitfor(a[0]); }
static int c_lstat(char **a) { return do_lstat(a[0]); }
static int c_readlink(char **a) { return do_readlink(a[0]); }
static int c_catnofollow(char **a) { return do_catnofollow(a[0]); }
static int c_umount(char **a) { return report(umount(a[0]), "umount", a, 1); }

static int c_mount(char **a)
{
	/* mount FSTYPE DEV PATH: errors name the mount point */
	if (mount(a[1], a[2], a[0], 0, NULL))
		return fail("mount", a[2]);
	return report(0, "mount", a, 3);
}

static int c_write(char **a) { return do_write(a[0], a[1], O_TRUNC); }
static int c_append(char **a) { return do_write(a[0], a[1], O_APPEND); }
static int c_cat(char **a) { return do_cat(a[0]); }
static int c_ls(char **a) { return do_ls(a[0]); }
static int c_stat(char **a) { return do_stat(a[0]); }
static int c_df(char **a) { return do_df(a[0]); }
static int c_stdio(char **a) { return do_stdio(a[0]); }
static int c_redirect(char **a) { return do_redirect(a[0]); }
static int c_hash(char **a) { return hash(a[0], 0, NULL); }
static int c_fill(char **a) { return fill(a[0], atol(a[1]), 0, NULL); }
static int c_bench(char **a) { return bench(a[0], atol(a[1])); }
static int c_stdin(char **a __unused) { return do_stdin(); }
static int c_concurrent(char **a) { return do_concurrent(a[0]); }
static int c_head(char **a) { return do_head(a[0], atol(a[1])); }
static int c_badfd(char **a __unused) { return badfd(); }

static int c_pread(char **a)
{
	return do_pread(a[0], atol(a[1]), atol(a[2]));
}

static const struct command {
	const char *name;
	int nargs;
	int (*run)(char **args);
} commands[] = {
	{ "mkdir", 1, c_mkdir }, { "rmdir", 1, c_rmdir }, { "rm", 1, c_rm },
	{ "mv", 2, c_mv }, { "write", 2, c_write }, { "append", 2, c_append },
	{ "cat", 1, c_cat }, { "ls", 1, c_ls }, { "stat", 1, c_stat },
	{ "pread", 3, c_pread }, { "fill", 2, c_fill }, { "hash", 1, c_hash },
	{ "bench", 2, c_bench }, { "stdio", 1, c_stdio },
	{ "mount", 3, c_mount }, { "umount", 1, c_umount },
	{ "df", 1, c_df }, { "redirect", 1, c_redirect },
	{ "stdin", 0, c_stdin }, { "badfd", 0, c_badfd },
	{ "concurrent", 1, c_concurrent }, { "head", 2, c_head },
	{ "symlink", 2, c_symlink }, { "readlink", 1, c_readlink },
	{ "link", 2, c_link }, { "lstat", 1, c_lstat },
	{ "catnofollow", 1, c_catnofollow }, { "waitfor", 1, c_waitfor },
	{ "statloop", 2, c_statloop },
};

int main(int argc, char *argv[])
{
	int errors = 0;

	chunk = malloc(CHUNK);
	if (!chunk)
		return 2;
	for (int i = 1; i < argc; ) {
		const struct command *c = NULL;

		for (size_t k = 0; k < sizeof(commands) / sizeof(*c); k++)
			if (!strcmp(commands[k].name, argv[i]))
				c = &commands[k];
		if (!c) {
			printf("ERR unknown command %s\n", argv[i]);
			return 1;
		}
		if (i + c->nargs >= argc) {
			printf("ERR %s: needs %d operands\n", c->name,
			       c->nargs);
			return 1;
		}
		errors += c->run(&argv[i + 1]);
		i += 1 + c->nargs;
	}
	printf("fstest: done, %d errors\n", errors);
	return 0;
}
