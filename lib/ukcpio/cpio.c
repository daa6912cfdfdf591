/* SPDX-License-Identifier: BSD-3-Clause */
/* A reader for cpio "newc" archives that writes them out through POSIX
 * calls (see <uk/cpio.h>). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uk/cpio.h>
#include <uk/essentials.h>
#include <uk/print.h>

#define HDR_LEN		110
#define FIELD_LEN	8
#define TRAILER		"TRAILER!!!"

/* Field indices after the 6-byte magic */
enum { F_INO, F_MODE, F_UID, F_GID, F_NLINK, F_MTIME, F_FILESIZE,
       F_DEVMAJOR, F_DEVMINOR, F_RDEVMAJOR, F_RDEVMINOR, F_NAMESIZE,
       F_CHECK };

static const char *const messages[] = {
	[UKCPIO_SUCCESS] = "success",
	[UKCPIO_INVALID_PARAM] = "invalid parameter",
	[UKCPIO_BAD_HEADER] = "not a cpio newc header (corrupt archive?)",
	[UKCPIO_TRUNCATED] = "archive truncated",
	[UKCPIO_NAME_ESCAPES] = "entry name escapes the destination (..)",
	[UKCPIO_UNSUPPORTED_TYPE] = "entry type not supported",
	[UKCPIO_MKDIR_FAILED] = "could not create a directory",
	[UKCPIO_FILE_CREATE_FAILED] = "could not create a file",
	[UKCPIO_FILE_WRITE_FAILED] = "could not write a file",
	[UKCPIO_SYMLINK_FAILED] = "could not create a symbolic link",
};

const char *ukcpio_strerror(int err)
{
	if (err < 0)
		err = -err;
	if ((unsigned int)err >= ARRAY_SIZE(messages))
		return "unknown error";
	return messages[err];
}

/* One 8-digit hex field; -1 if it has a non-hex digit */
static long field(const char *hdr, int i)
{
	const char *p = hdr + 6 + i * FIELD_LEN;
	long v = 0;

	for (int k = 0; k < FIELD_LEN; k++) {
		char c = p[k];
		int d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return -1;
		v = (v << 4) | d;
	}
	return v;
}

/* The name relative to dest ("" for the archive's root), or NULL when it
 * has a ".." component */
static const char *clean_name(const char *name)
{
	const char *p;

	while (*name == '/' || (name[0] == '.' && name[1] == '/'))
		name += name[0] == '/' ? 1 : 2;
	if (!strcmp(name, "."))
		return "";
	for (p = name; *p; ) {
		const char *end = strchrnul(p, '/');

		if (end - p == 2 && p[0] == '.' && p[1] == '.')
			return NULL;
		p = *end ? end + 1 : end;
	}
	return name;
}

static int write_file(const char *path, mode_t mode, const char *data,
		      size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode & 07777);
	size_t done = 0;

	if (fd < 0) {
		uk_pr_err("cpio: cannot create %s: %d\n", path, errno);
		return -UKCPIO_FILE_CREATE_FAILED;
	}
	while (done < size) {
		ssize_t r = write(fd, data + done, size - done);

		if (r <= 0) {
			uk_pr_err("cpio: cannot write %s: %d\n", path, errno);
			close(fd);
			return -UKCPIO_FILE_WRITE_FAILED;
		}
		done += r;
	}
	close(fd);
	return chmod(path, mode & 07777) ? -UKCPIO_FILE_WRITE_FAILED : 0;
}

static int make_dir(const char *path, mode_t mode)
{
	struct stat st;

	if (mkdir(path, mode & 07777) == 0)
		return 0;
	if (errno == EEXIST && !stat(path, &st) && S_ISDIR(st.st_mode))
		return chmod(path, mode & 07777) ? -UKCPIO_MKDIR_FAILED : 0;
	uk_pr_err("cpio: cannot create directory %s: %d\n", path, errno);
	return -UKCPIO_MKDIR_FAILED;
}

/* A symbolic link: newc stores the target as the entry's data */
static int make_symlink(const char *path, const char *data, size_t size)
{
	char *target;
	int rc = 0;

	if (!size || size >= PATH_MAX) {
		uk_pr_err("cpio: symbolic link %s has a target of %zu bytes\n",
			  path, size);
		return -UKCPIO_BAD_HEADER;
	}
	target = malloc(size + 1);
	if (!target)
		return -UKCPIO_SYMLINK_FAILED;
	memcpy(target, data, size);
	target[size] = '\0';
	if (symlink(target, path)) {
		uk_pr_err("cpio: cannot create symbolic link %s: %d\n", path,
			  errno);
		rc = -UKCPIO_SYMLINK_FAILED;
	}
	free(target);
	return rc;
}

/*
 * Hard links: newc stores the contents once, with the last name of a
 * file; the names before it come with no data. Those are remembered and
 * get a copy of the contents when it arrives.
 */
struct pending_link {
	unsigned long long key;		/* device and inode */
	mode_t mode;
	struct pending_link *next;
	char path[];
};

static int link_remember(struct pending_link **list,
			 unsigned long long key, const char *path,
			 mode_t mode)
{
	struct pending_link *l = malloc(sizeof(*l) + strlen(path) + 1);

	if (!l)
		return -UKCPIO_FILE_CREATE_FAILED;
	l->key = key;
	l->mode = mode;
	strcpy(l->path, path);
	l->next = *list;
	*list = l;
	return 0;
}

/* Writes data to every remembered name of key (and forgets them) */
static int link_fill(struct pending_link **list, unsigned long long key,
		     const char *data, size_t size)
{
	struct pending_link **pp = list, *l;
	int rc = 0;

	while ((l = *pp)) {
		if (l->key != key) {
			pp = &l->next;
			continue;
		}
		if (!rc)
			rc = write_file(l->path, l->mode, data, size);
		*pp = l->next;
		free(l);
	}
	return rc;
}

static void links_free(struct pending_link *l)
{
	while (l) {
		struct pending_link *next = l->next;

		free(l);
		l = next;
	}
}

static int regular_file(const char *hdr, const char *path, mode_t mode,
			const char *data, size_t size,
			struct pending_link **links)
{
	unsigned long long key = ((unsigned long long)field(hdr, F_DEVMAJOR)
				  << 48) ^
		((unsigned long long)field(hdr, F_DEVMINOR) << 32) ^
		(unsigned long long)field(hdr, F_INO);
	int rc = write_file(path, mode, data, size);

	if (rc || field(hdr, F_NLINK) <= 1)
		return rc;
	return size ? link_fill(links, key, data, size) :
		link_remember(links, key, path, mode);
}

static int extract_entries(const char *dest, const char *base, size_t len,
			   char *path, size_t *files,
			   struct pending_link **links)
{
	size_t off = 0;
	int rc;

	for (;;) {
		const char *hdr = base + off, *name, *rel;
		long mode, size, namesize;
		size_t data_off, next;

		if (len - off < HDR_LEN) {
			uk_pr_err("cpio: truncated at byte %zu: no room for a "
				  "header (and no " TRAILER " yet)\n", off);
			return -UKCPIO_TRUNCATED;
		}
		if (memcmp(hdr, "07070", 5) || (hdr[5] != '1' &&
						 hdr[5] != '2')) {
			uk_pr_err("cpio: bad magic at byte %zu (only the newc "
				  "format, 070701, is read)\n", off);
			return -UKCPIO_BAD_HEADER;
		}
		mode = field(hdr, F_MODE);
		size = field(hdr, F_FILESIZE);
		namesize = field(hdr, F_NAMESIZE);
		if (mode < 0 || size < 0 || namesize <= 0 ||
		    field(hdr, F_INO) < 0 || field(hdr, F_CHECK) < 0) {
			uk_pr_err("cpio: corrupt header at byte %zu (a field "
				  "is not hexadecimal)\n", off);
			return -UKCPIO_BAD_HEADER;
		}
		data_off = ALIGN_UP(off + HDR_LEN + namesize, 4);
		next = ALIGN_UP(data_off + size, 4);
		if (off + HDR_LEN + namesize > len || data_off + size > len) {
			uk_pr_err("cpio: truncated at byte %zu: the entry "
				  "needs %zu bytes, the archive has %zu\n",
				  off, data_off + size - off, len - off);
			return -UKCPIO_TRUNCATED;
		}
		name = hdr + HDR_LEN;
		if (name[namesize - 1] != '\0') {
			uk_pr_err("cpio: corrupt header at byte %zu (name not "
				  "terminated)\n", off);
			return -UKCPIO_BAD_HEADER;
		}
		if (!strcmp(name, TRAILER))
			break;
		rel = clean_name(name);
		if (!rel) {
			uk_pr_err("cpio: entry \"%s\" escapes %s: refused\n",
				  name, dest);
			return -UKCPIO_NAME_ESCAPES;
		}
		if (snprintf(path, PATH_MAX, "%s%s%s", dest,
			     dest[strlen(dest) - 1] == '/' ? "" : "/",
			     rel) >= PATH_MAX)
			return -UKCPIO_INVALID_PARAM;
		if (S_ISDIR(mode)) {
			rc = *rel ? make_dir(path, mode) : 0;
		} else if (S_ISREG(mode)) {
			rc = regular_file(hdr, path, mode, base + data_off, size,
					  links);
			(*files)++;
		} else if (S_ISLNK(mode)) {
			rc = make_symlink(path, base + data_off, size);
		} else {
			uk_pr_err("cpio: entry \"%s\" has type %lo: only "
				  "directories, regular files and symbolic "
				  "links are supported\n", name,
				  (unsigned long)(mode & S_IFMT));
			rc = -UKCPIO_UNSUPPORTED_TYPE;
		}
		if (rc)
			return rc;
		off = next;
		if (off > len)
			off = len;
	}
	return 0;
}

int ukcpio_extract(const char *dest, const void *buf, size_t len)
{
	struct pending_link *links = NULL;
	const char *base = buf;
	char path[PATH_MAX];
	size_t files = 0;
	int rc;

	if (!dest || !buf)
		return -UKCPIO_INVALID_PARAM;
	rc = extract_entries(dest, base, len, path, &files, &links);
	links_free(links);
	if (!rc)
		uk_pr_info("cpio: %zu files extracted to %s\n", files, dest);
	return rc;
}
