/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Unpacking a cpio archive in the "newc" format (magic 070701, or 070702
 * with checksums, which are not verified) into a directory of the mounted
 * filesystems: directories and regular files with their permission bits,
 * symbolic links (symlink() with the entry's data as the target; the
 * filesystem must have them, as ramfs does); the names of a hard-linked
 * file each get a copy of its contents.
 *
 * ukcpio_extract(dest, buf, len) returns 0 or a negative UKCPIO_* code
 * after printing what was wrong and at which byte offset. It refuses,
 * before writing anything for that entry: a truncated archive (an entry
 * or the TRAILER!!! end marker runs past `len`), a header that is not
 * newc, a name with a ".." component (it would escape `dest`), a link
 * with an empty target, and entry types other than directories, regular
 * files and symbolic links (FIFOs, devices).
 * Entries already written stay written.
 */
#ifndef __UK_CPIO_H__
#define __UK_CPIO_H__

#include <stddef.h>

enum ukcpio_error {
	UKCPIO_SUCCESS = 0,
	UKCPIO_INVALID_PARAM = 1,
	UKCPIO_BAD_HEADER = 2,
	UKCPIO_TRUNCATED = 3,
	UKCPIO_NAME_ESCAPES = 4,
	UKCPIO_UNSUPPORTED_TYPE = 5,
	UKCPIO_MKDIR_FAILED = 6,
	UKCPIO_FILE_CREATE_FAILED = 7,
	UKCPIO_FILE_WRITE_FAILED = 8,
	UKCPIO_SYMLINK_FAILED = 9,
};

int ukcpio_extract(const char *dest, const void *buf, size_t len);
/* One line describing a (negative or positive) UKCPIO_* code */
const char *ukcpio_strerror(int err);

#endif /* __UK_CPIO_H__ */
