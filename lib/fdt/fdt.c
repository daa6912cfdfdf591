/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Flattened device tree reader (see <uk/fdt.h>).
 *
 * Offsets are relative to the structure block. Every token is read
 * through next_tag(), which checks that the token and what it carries
 * (node name, property value) lie inside the structure block, so the
 * walkers built on it cannot read past the blob whatever it contains.
 * Depends on nothing but the compiler: no C library calls.
 */
#include <uk/fdt.h>

#define HDR_OFF_STRUCT		8
#define HDR_OFF_STRINGS		12
#define HDR_OFF_RSVMAP		16
#define HDR_OFF_LAST_COMP	24
#define HDR_OFF_SIZE_STRINGS	32
#define HDR_OFF_SIZE_STRUCT	36

#define FDT_MAX_NCELLS		4
#define FDT_INT_MAX		0x7fffffffU

static inline uint32_t hdr(const void *fdt, unsigned int off)
{
	return fdt32_ld((const uint8_t *)fdt + off);
}

static uint32_t struct_size(const void *fdt)
{
	if (fdt_version(fdt) >= 17)
		return hdr(fdt, HDR_OFF_SIZE_STRUCT);
	return fdt_totalsize(fdt) - hdr(fdt, HDR_OFF_STRUCT);
}

static const uint8_t *struct_base(const void *fdt)
{
	return (const uint8_t *)fdt + hdr(fdt, HDR_OFF_STRUCT);
}

static int str_eq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* 0 if the first n chars of a and b are equal (stopping at a NUL) */
static int str_ncmp(const char *a, const char *b, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		if (a[i] != b[i])
			return 1;
		if (!a[i])
			return 0;
	}
	return 0;
}

static int str_len(const char *s)
{
	int n = 0;

	while (s[n])
		n++;
	return n;
}

int fdt_check_header(const void *fdt)
{
	uint32_t total, off_struct, off_strings, off_rsv, size_struct;
	uint32_t size_strings;

	if (!fdt || fdt_magic(fdt) != FDT_MAGIC)
		return -FDT_ERR_BADMAGIC;
	if (fdt_version(fdt) < 16 || hdr(fdt, HDR_OFF_LAST_COMP) > 17)
		return -FDT_ERR_BADVERSION;
	total = fdt_totalsize(fdt);
	if (total < FDT_HEADER_SIZE || total > FDT_INT_MAX)
		return -FDT_ERR_TRUNCATED;

	off_struct = hdr(fdt, HDR_OFF_STRUCT);
	off_strings = hdr(fdt, HDR_OFF_STRINGS);
	off_rsv = hdr(fdt, HDR_OFF_RSVMAP);
	size_strings = hdr(fdt, HDR_OFF_SIZE_STRINGS);
	if (off_rsv < FDT_HEADER_SIZE || (off_rsv & 7) ||
	    off_struct < FDT_HEADER_SIZE || (off_struct & 3) ||
	    off_strings < FDT_HEADER_SIZE)
		return -FDT_ERR_BADLAYOUT;
	if (off_rsv > total || off_struct > total || off_strings > total)
		return -FDT_ERR_TRUNCATED;
	size_struct = struct_size(fdt);
	if ((uint64_t)off_struct + size_struct > total ||
	    (uint64_t)off_strings + size_strings > total)
		return -FDT_ERR_TRUNCATED;
	if (size_struct & 3)
		return -FDT_ERR_BADLAYOUT;
	if (size_struct && size_strings &&
	    off_struct < off_strings + size_strings &&
	    off_strings < off_struct + size_struct)
		return -FDT_ERR_BADLAYOUT;
	return 0;
}

/*
 * The token at `offset`; *next gets the offset of the token after it.
 * Returns the tag or a negative error.
 */
static int next_tag(const void *fdt, int offset, int *next)
{
	const uint8_t *s = struct_base(fdt);
	uint32_t size = struct_size(fdt);
	uint32_t tag, len, pos;

	if (offset < 0 || (offset & 3))
		return -FDT_ERR_BADOFFSET;
	if ((uint32_t)offset + 4 > size)
		return -FDT_ERR_TRUNCATED;
	tag = fdt32_ld(s + offset);
	pos = (uint32_t)offset + 4;
	switch (tag) {
	case FDT_BEGIN_NODE:
		while (pos < size && s[pos])
			pos++;
		if (pos >= size)
			return -FDT_ERR_TRUNCATED;
		pos++;
		break;
	case FDT_PROP:
		if (size - pos < 8)
			return -FDT_ERR_TRUNCATED;
		len = fdt32_ld(s + pos);
		pos += 8;
		if (len > size - pos)
			return -FDT_ERR_TRUNCATED;
		pos += len;
		break;
	case FDT_END_NODE:
	case FDT_NOP:
	case FDT_END:
		break;
	default:
		return -FDT_ERR_BADSTRUCTURE;
	}
	*next = (int)((pos + 3) & ~3U);
	return (int)tag;
}

/* The string at `nameoff` in the strings block, NULL if not inside */
static const char *string_at(const void *fdt, uint32_t nameoff)
{
	const char *strs = (const char *)fdt + hdr(fdt, HDR_OFF_STRINGS);
	uint32_t size = hdr(fdt, HDR_OFF_SIZE_STRINGS);
	uint32_t i;

	for (i = nameoff; i < size; i++) {
		if (!strs[i])
			return strs + nameoff;
	}
	return NULL;
}

/* Checks that offset is a node; returns the offset of its first token. */
static int node_body(const void *fdt, int offset)
{
	int next, tag = next_tag(fdt, offset, &next);

	/* Not a token at all (e.g. inside a name): not a node either */
	if (tag < 0 && tag != -FDT_ERR_BADSTRUCTURE)
		return tag;
	if (tag != FDT_BEGIN_NODE)
		return -FDT_ERR_BADOFFSET;
	return next;
}

int fdt_check_full(const void *fdt, size_t bufsize)
{
	int offset = 0, next, tag, depth = 0, seen_root = 0, err;
	const uint8_t *s;

	if (bufsize < FDT_HEADER_SIZE)
		return -FDT_ERR_TRUNCATED;
	err = fdt_check_header(fdt);
	if (err)
		return err;
	if (fdt_totalsize(fdt) > bufsize)
		return -FDT_ERR_TRUNCATED;
	err = fdt_num_mem_rsv(fdt);
	if (err < 0)
		return err;

	s = struct_base(fdt);
	for (;;) {
		tag = next_tag(fdt, offset, &next);
		if (tag < 0)
			return tag;
		switch (tag) {
		case FDT_BEGIN_NODE:
			if (depth == 0 && seen_root)
				return -FDT_ERR_BADSTRUCTURE;
			if (++depth > FDT_MAX_DEPTH)
				return -FDT_ERR_BADSTRUCTURE;
			seen_root = 1;
			break;
		case FDT_END_NODE:
			if (depth-- == 0)
				return -FDT_ERR_BADSTRUCTURE;
			break;
		case FDT_PROP:
			if (depth == 0 ||
			    !string_at(fdt, fdt32_ld(s + offset + 8)))
				return -FDT_ERR_BADSTRUCTURE;
			break;
		case FDT_END:
			if (depth || !seen_root)
				return -FDT_ERR_BADSTRUCTURE;
			return 0;
		}
		offset = next;
	}
}

const char *fdt_strerror(int errval)
{
	static const char *const msgs[FDT_ERR_MAX + 1] = {
		[0] = "no error",
		[FDT_ERR_NOTFOUND] = "not found",
		[FDT_ERR_BADOFFSET] = "offset is not a node",
		[FDT_ERR_BADPATH] = "bad path",
		[FDT_ERR_TRUNCATED] = "truncated blob",
		[FDT_ERR_BADMAGIC] = "bad magic (not a device tree)",
		[FDT_ERR_BADVERSION] = "unsupported version",
		[FDT_ERR_BADSTRUCTURE] = "corrupt structure block",
		[FDT_ERR_BADLAYOUT] = "bad block layout",
		[FDT_ERR_BADNCELLS] = "bad #address-cells or #size-cells",
		[FDT_ERR_BADVALUE] = "property of unexpected size",
	};

	if (errval < 0)
		errval = -errval;
	if (errval > FDT_ERR_MAX || !msgs[errval])
		return "unknown error";
	return msgs[errval];
}

int fdt_num_mem_rsv(const void *fdt)
{
	uint32_t off, total;
	int n, err = fdt_check_header(fdt);

	if (err)
		return err;
	total = fdt_totalsize(fdt);
	off = hdr(fdt, HDR_OFF_RSVMAP);
	for (n = 0;; n++, off += 16) {
		const uint8_t *e = (const uint8_t *)fdt + off;

		if (total - off < 16)
			return -FDT_ERR_TRUNCATED;
		if (!fdt64_ld(e) && !fdt64_ld(e + 8))
			return n;
	}
}

int fdt_get_mem_rsv(const void *fdt, int n, uint64_t *address,
		    uint64_t *size)
{
	const uint8_t *e;
	int count = fdt_num_mem_rsv(fdt);

	if (count < 0)
		return count;
	if (n < 0 || n >= count)
		return -FDT_ERR_NOTFOUND;
	e = (const uint8_t *)fdt + hdr(fdt, HDR_OFF_RSVMAP) + 16 * n;
	*address = fdt64_ld(e);
	*size = fdt64_ld(e + 8);
	return 0;
}

int fdt_next_node(const void *fdt, int offset, int *depth)
{
	int next = 0, tag, err = fdt_check_header(fdt);

	if (err)
		return err;
	if (offset >= 0) {
		next = node_body(fdt, offset);
		if (next < 0)
			return next;
	}
	for (;;) {
		offset = next;
		tag = next_tag(fdt, offset, &next);
		if (tag < 0)
			return tag;
		switch (tag) {
		case FDT_BEGIN_NODE:
			if (depth)
				(*depth)++;
			return offset;
		case FDT_END_NODE:
			if (depth && --(*depth) < 0)
				return -FDT_ERR_NOTFOUND;
			break;
		case FDT_END:
			return -FDT_ERR_NOTFOUND;
		}
	}
}

int fdt_first_subnode(const void *fdt, int offset)
{
	int depth = 0;

	offset = fdt_next_node(fdt, offset, &depth);
	if (offset < 0)
		return offset;
	return depth == 1 ? offset : -FDT_ERR_NOTFOUND;
}

int fdt_next_subnode(const void *fdt, int offset)
{
	int depth = 1;

	/* Skip the subtree of `offset`; stop at its next sibling */
	do {
		offset = fdt_next_node(fdt, offset, &depth);
		if (offset < 0)
			return offset;
		if (depth < 1)
			return -FDT_ERR_NOTFOUND;
	} while (depth > 1);
	return offset;
}

int fdt_parent_offset(const void *fdt, int nodeoffset)
{
	int stack[FDT_MAX_DEPTH];
	int offset, depth = 0;

	for (offset = fdt_next_node(fdt, -1, &depth); offset >= 0;
	     offset = fdt_next_node(fdt, offset, &depth)) {
		if (depth < 1 || depth > FDT_MAX_DEPTH)
			return -FDT_ERR_BADSTRUCTURE;
		stack[depth - 1] = offset;
		if (offset == nodeoffset)
			return depth > 1 ? stack[depth - 2]
					 : -FDT_ERR_NOTFOUND;
		if (offset > nodeoffset)
			return -FDT_ERR_BADOFFSET;
	}
	return offset == -FDT_ERR_NOTFOUND ? -FDT_ERR_BADOFFSET : offset;
}

const char *fdt_get_name(const void *fdt, int nodeoffset, int *lenp)
{
	int err = fdt_check_header(fdt);
	const char *name;

	if (!err)
		err = node_body(fdt, nodeoffset);
	if (err < 0) {
		if (lenp)
			*lenp = err;
		return NULL;
	}
	name = (const char *)struct_base(fdt) + nodeoffset + 4;
	if (lenp)
		*lenp = str_len(name);
	return name;
}

/* Property `name` (namelen chars) of a node, with the checks done */
static const void *find_prop(const void *fdt, int nodeoffset,
			     const char *name, int namelen, int *lenp)
{
	int offset, next, tag, err = fdt_check_header(fdt);
	const uint8_t *s = struct_base(fdt);
	const char *pname;

	offset = err ? err : node_body(fdt, nodeoffset);
	/* Properties come before the subnodes of a node */
	for (; offset >= 0; offset = next) {
		tag = next_tag(fdt, offset, &next);
		if (tag < 0) {
			offset = tag;
			break;
		}
		if (tag == FDT_NOP)
			continue;
		if (tag != FDT_PROP) {
			offset = -FDT_ERR_NOTFOUND;
			break;
		}
		pname = string_at(fdt, fdt32_ld(s + offset + 8));
		if (!pname) {
			offset = -FDT_ERR_BADSTRUCTURE;
			break;
		}
		if (!str_ncmp(pname, name, namelen) && !pname[namelen]) {
			if (lenp)
				*lenp = (int)fdt32_ld(s + offset + 4);
			return s + offset + 12;
		}
	}
	if (lenp)
		*lenp = offset;
	return NULL;
}

const void *fdt_getprop(const void *fdt, int nodeoffset, const char *name,
			int *lenp)
{
	return find_prop(fdt, nodeoffset, name, str_len(name), lenp);
}

int fdt_getprop_u32(const void *fdt, int nodeoffset, const char *name,
		    uint32_t *out)
{
	int len;
	const void *p = fdt_getprop(fdt, nodeoffset, name, &len);

	if (!p)
		return len;
	if (len != 4)
		return -FDT_ERR_BADVALUE;
	*out = fdt32_ld(p);
	return 0;
}

/* Does node name `n` match the first len chars of `want`? */
static int name_matches(const char *n, const char *want, int len)
{
	int i, has_unit = 0;

	for (i = 0; i < len; i++) {
		if (n[i] != want[i])
			return 0;
		if (want[i] == '@')
			has_unit = 1;
	}
	return n[len] == '\0' || (!has_unit && n[len] == '@');
}

static int subnode_n(const void *fdt, int parent, const char *name, int len)
{
	int off;

	for (off = fdt_first_subnode(fdt, parent); off >= 0;
	     off = fdt_next_subnode(fdt, off)) {
		if (name_matches(fdt_get_name(fdt, off, NULL), name, len))
			return off;
	}
	return off;
}

int fdt_subnode_offset(const void *fdt, int parentoffset, const char *name)
{
	return subnode_n(fdt, parentoffset, name, str_len(name));
}

/* Resolves the components of `path` up to `end` below node `offset` */
static int walk_path(const void *fdt, int offset, const char *path,
		     const char *end)
{
	while (path < end && offset >= 0) {
		const char *c = path;

		while (c < end && *c != '/')
			c++;
		if (c > path)
			offset = subnode_n(fdt, offset, path, (int)(c - path));
		path = c + 1;
	}
	return offset;
}

int fdt_path_offset(const void *fdt, const char *path)
{
	const char *end = path, *rest = path;
	int err = fdt_check_header(fdt), off, len;
	const char *alias;

	if (err)
		return err;
	while (*end && *end != ':')
		end++;
	if (end == path)
		return -FDT_ERR_BADPATH;
	if (*path == '/')
		return walk_path(fdt, 0, path + 1, end);

	/* An alias, then possibly more path */
	while (rest < end && *rest != '/')
		rest++;
	off = fdt_path_offset(fdt, "/aliases");
	if (off < 0)
		return off == -FDT_ERR_NOTFOUND ? -FDT_ERR_BADPATH : off;
	alias = find_prop(fdt, off, path, (int)(rest - path), &len);
	if (!alias || len < 2 || alias[0] != '/' || alias[len - 1])
		return -FDT_ERR_BADPATH;
	off = walk_path(fdt, 0, alias + 1, alias + len - 1);
	return walk_path(fdt, off, rest, end);
}

int fdt_stringlist_contains(const char *strlist, int listlen,
			    const char *str)
{
	int i = 0;

	while (i < listlen) {
		const char *s = strlist + i;
		int n = 0;

		while (i + n < listlen && s[n])
			n++;
		if (i + n == listlen)
			return 0;	/* last string not terminated */
		if (str_eq(s, str))
			return 1;
		i += n + 1;
	}
	return 0;
}

int fdt_node_check_compatible(const void *fdt, int nodeoffset,
			      const char *compatible)
{
	int len;
	const char *list = fdt_getprop(fdt, nodeoffset, "compatible", &len);

	if (!list)
		return len;
	return fdt_stringlist_contains(list, len, compatible) ? 0 : 1;
}

int fdt_node_offset_by_compatible(const void *fdt, int startoffset,
				  const char *compatible)
{
	int off, rc;

	for (off = fdt_next_node(fdt, startoffset, NULL); off >= 0;
	     off = fdt_next_node(fdt, off, NULL)) {
		rc = fdt_node_check_compatible(fdt, off, compatible);
		if (rc == 0)
			return off;
		if (rc < 0 && rc != -FDT_ERR_NOTFOUND)
			return rc;
	}
	return off;
}

int fdt_node_is_enabled(const void *fdt, int nodeoffset)
{
	int len;
	const char *status = find_prop(fdt, nodeoffset, "status", 6, &len);

	if (!status)
		return len == -FDT_ERR_NOTFOUND ? 1 : len;
	return (len == 5 && !str_ncmp(status, "okay", 5)) ||
	       (len == 3 && !str_ncmp(status, "ok", 3));
}

int fdt_node_offset_by_compatible_enabled(const void *fdt, int startoffset,
					  const char *compatible)
{
	int off = startoffset;

	do {
		off = fdt_node_offset_by_compatible(fdt, off, compatible);
	} while (off >= 0 && fdt_node_is_enabled(fdt, off) != 1);
	return off;
}

static int cells(const void *fdt, int nodeoffset, const char *name,
		 int dflt)
{
	uint32_t v;
	int rc = fdt_getprop_u32(fdt, nodeoffset, name, &v);

	if (rc == -FDT_ERR_NOTFOUND)
		return dflt;
	if (rc == -FDT_ERR_BADVALUE || (!rc && v > FDT_MAX_NCELLS))
		return -FDT_ERR_BADNCELLS;
	return rc ? rc : (int)v;
}

int fdt_address_cells(const void *fdt, int nodeoffset)
{
	return cells(fdt, nodeoffset, "#address-cells", 2);
}

int fdt_size_cells(const void *fdt, int nodeoffset)
{
	return cells(fdt, nodeoffset, "#size-cells", 1);
}

static uint64_t read_cells(const uint8_t *p, int n)
{
	return n == 2 ? fdt64_ld(p) : (n == 1 ? fdt32_ld(p) : 0);
}

/* "reg" of a node with its parent's cell counts; returns entry count */
static int reg_layout(const void *fdt, int nodeoffset, const uint8_t **reg,
		      int *ac, int *sc)
{
	int parent, len;

	parent = fdt_parent_offset(fdt, nodeoffset);
	if (parent < 0)
		return parent;
	*ac = fdt_address_cells(fdt, parent);
	*sc = fdt_size_cells(fdt, parent);
	if (*ac < 0)
		return *ac;
	if (*sc < 0)
		return *sc;
	if (*ac < 1 || *ac > 2 || *sc > 2)
		return -FDT_ERR_BADNCELLS;
	*reg = fdt_getprop(fdt, nodeoffset, "reg", &len);
	if (!*reg)
		return len;
	if (len % ((*ac + *sc) * 4))
		return -FDT_ERR_BADVALUE;
	return len / ((*ac + *sc) * 4);
}

int fdt_reg_count(const void *fdt, int nodeoffset)
{
	const uint8_t *reg;
	int ac, sc;

	return reg_layout(fdt, nodeoffset, &reg, &ac, &sc);
}

int fdt_get_address(const void *fdt, int nodeoffset, int index,
		    uint64_t *addr, uint64_t *size)
{
	const uint8_t *reg;
	int ac, sc, n = reg_layout(fdt, nodeoffset, &reg, &ac, &sc);

	if (n < 0)
		return n;
	if (index < 0 || index >= n)
		return -FDT_ERR_NOTFOUND;
	reg += index * (ac + sc) * 4;
	*addr = read_cells(reg, ac);
	if (size)
		*size = read_cells(reg + ac * 4, sc);
	return 0;
}
