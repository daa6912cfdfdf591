/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Streams on file descriptors (fopen, fdopen, fclose, fseek, ftell,
 * rewind, remove), built when a filesystem library (vfscore) provides
 * open/read/write/lseek. Reads go through a buffer of BUFSIZ*4 bytes so
 * that fgets/fgetc do not cost one read() per byte; writes are
 * unbuffered like the console streams (each call reaches the file before
 * it returns). Once vfscore has opened descriptors 0-2 (lib init level),
 * stdin, stdout and stderr go through them too, so that dup2() onto
 * them redirects printf and friends.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <nolibc/stdio_impl.h>
#include <uk/essentials.h>
#include <uk/init.h>

struct file_stream {
	FILE file;		/* first: FILE * is struct file_stream * */
	int owned;		/* allocated by fopen/fdopen */
	size_t pos, len;	/* unread bytes: buf[pos..len) */
	char buf[BUFSIZ * 4];
};

static struct file_stream *stream_of(FILE *f)
{
	return (struct file_stream *)f;
}

/* Give back read-ahead bytes so that the descriptor's offset is the
 * stream's position again */
static int drop_readahead(struct file_stream *fs)
{
	off_t unread = fs->len - fs->pos;

	fs->pos = fs->len = 0;
	if (unread && lseek(fs->file.fd, -unread, SEEK_CUR) < 0)
		return -1;
	return 0;
}

static ssize_t fs_read(FILE *f, char *buf, size_t len)
{
	struct file_stream *fs = stream_of(f);
	ssize_t n;

	if (fs->pos == fs->len) {
		if (len >= sizeof(fs->buf))
			return read(f->fd, buf, len);
		n = read(f->fd, fs->buf, sizeof(fs->buf));
		if (n <= 0)
			return n;
		fs->pos = 0;
		fs->len = n;
	}
	n = MIN(len, fs->len - fs->pos);
	memcpy(buf, fs->buf + fs->pos, n);
	fs->pos += n;
	return n;
}

static ssize_t fs_write(FILE *f, const char *buf, size_t len)
{
	struct file_stream *fs = stream_of(f);

	if (drop_readahead(fs))
		return -1;
	return write(f->fd, buf, len);
}

/* O_* flags of an fopen mode, or -1 */
static int mode_flags(const char *mode)
{
	int flags;

	switch (mode[0]) {
	case 'r':
		flags = O_RDONLY;
		break;
	case 'w':
		flags = O_WRONLY | O_CREAT | O_TRUNC;
		break;
	case 'a':
		flags = O_WRONLY | O_CREAT | O_APPEND;
		break;
	default:
		return -1;
	}
	for (mode++; *mode; mode++) {
		if (*mode == '+')
			flags = (flags & ~O_ACCMODE) | O_RDWR;
		else if (*mode == 'x')
			flags |= O_EXCL;
		else if (*mode == 'e')
			flags |= O_CLOEXEC;
		else if (*mode != 'b')
			return -1;
	}
	return flags;
}

FILE *fdopen(int fd, const char *mode)
{
	struct file_stream *fs;
	int flags = mode_flags(mode);

	if (flags < 0) {
		errno = EINVAL;
		return NULL;
	}
	if (fcntl(fd, F_GETFL) < 0)
		return NULL;
	fs = calloc(1, sizeof(*fs));
	if (!fs) {
		errno = ENOMEM;
		return NULL;
	}
	fs->owned = 1;
	fs->file.fd = fd;
	fs->file.ungot = EOF;
	if ((flags & O_ACCMODE) != O_WRONLY)
		fs->file.read = fs_read;
	if ((flags & O_ACCMODE) != O_RDONLY)
		fs->file.write = fs_write;
	fs->file.cookie = fs;
	return &fs->file;
}

FILE *fopen(const char *path, const char *mode)
{
	int flags = mode_flags(mode), fd;
	FILE *f;

	if (flags < 0) {
		errno = EINVAL;
		return NULL;
	}
	fd = open(path, flags, 0666);
	if (fd < 0)
		return NULL;
	f = fdopen(fd, mode);
	if (!f)
		close(fd);
	return f;
}

static int is_file_stream(FILE *f)
{
	return f->read == fs_read || f->write == fs_write;
}

int fclose(FILE *f)
{
	int r;

	if (!is_file_stream(f)) {
		/* stdin, stdout, stderr: nothing buffered, nothing to free */
		return 0;
	}
	r = close(f->fd);
	free(stream_of(f));
	return r ? EOF : 0;
}

off_t ftello(FILE *f)
{
	off_t pos;

	if (f->fd < 0 || !is_file_stream(f)) {
		errno = ESPIPE;
		return -1;
	}
	pos = lseek(f->fd, 0, SEEK_CUR);
	if (pos < 0)
		return -1;
	pos -= stream_of(f)->len - stream_of(f)->pos;
	if (f->ungot != EOF)
		pos--;
	return pos;
}

long ftell(FILE *f)
{
	return (long)ftello(f);
}

int fseeko(FILE *f, off_t offset, int whence)
{
	struct file_stream *fs = stream_of(f);

	if (!is_file_stream(f)) {
		errno = ESPIPE;
		return -1;
	}
	if (whence == SEEK_CUR) {
		offset -= fs->len - fs->pos;
		if (f->ungot != EOF)
			offset--;
	}
	fs->pos = fs->len = 0;
	f->ungot = EOF;
	if (lseek(f->fd, offset, whence) < 0)
		return -1;
	f->flags &= ~__NOLIBC_FILE_EOF;
	return 0;
}

int fseek(FILE *f, long offset, int whence)
{
	return fseeko(f, offset, whence);
}

void rewind(FILE *f)
{
	fseeko(f, 0, SEEK_SET);
	clearerr(f);
}

int fgetpos(FILE *f, fpos_t *pos)
{
	off_t p = ftello(f);

	if (p < 0)
		return -1;
	*pos = p;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseeko(f, *pos, SEEK_SET);
}

int remove(const char *path)
{
	if (unlink(path) == 0)
		return 0;
	if (errno == EISDIR)
		return rmdir(path);
	return -1;
}

static ssize_t fd_read(FILE *f, char *buf, size_t len)
{
	return read(f->fd, buf, len);
}

static ssize_t fd_write(FILE *f, const char *buf, size_t len)
{
	return write(f->fd, buf, len);
}

/* After vfscore's console descriptors (lib level, priority 0) */
static int stdio_on_descriptors(void)
{
	stdin->read = fd_read;
	stdout->write = fd_write;
	stderr->write = fd_write;
	return 0;
}
uk_lib_initcall_prio(stdio_on_descriptors, 1);
