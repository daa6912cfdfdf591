/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Length modifiers shared by the printf and scanf engines:
 * parse_lenmod() reads hh h l ll q L j z t at *fmt, advances past it and
 * returns which one it was (LEN_NONE, fmt untouched, if none).
 */
#ifndef __NOLIBC_LENMOD_H__
#define __NOLIBC_LENMOD_H__

enum lenmod { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T,
	      LEN_BIGL };

static inline enum lenmod parse_lenmod(const char **fmt)
{
	const char *f = *fmt;
	enum lenmod len;

	switch (*f) {
	case 'h':
		len = (f[1] == 'h') ? LEN_HH : LEN_H;
		break;
	case 'l':
		len = (f[1] == 'l') ? LEN_LL : LEN_L;
		break;
	case 'q':
		len = LEN_LL;
		break;
	case 'L':
		len = LEN_BIGL;
		break;
	case 'j':
		len = LEN_J;
		break;
	case 'z':
		len = LEN_Z;
		break;
	case 't':
		len = LEN_T;
		break;
	default:
		return LEN_NONE;
	}
	*fmt = f + ((len == LEN_HH || (len == LEN_LL && *f == 'l')) ? 2 : 1);
	return len;
}

#endif
