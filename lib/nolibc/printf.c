/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The printf engine (__nolibc_vfmt) and the string variants built on it
 * (vsnprintf, snprintf, vsprintf, sprintf).
 *
 * Everything lives on the stack: the engine is re-entrant and never
 * allocates. Floating-point numbers are converted exactly (big integer
 * arithmetic, no floating-point operations) and rounded half to even,
 * which gives the same digits as glibc. The big-number work sits in
 * fmt_fp(), kept out of line so that integer-only formatting uses little
 * stack.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <nolibc/stdio_impl.h>
#include "fpu.h"
#include "lenmod.h"

#define F_MINUS		0x01
#define F_PLUS		0x02
#define F_SPACE		0x04
#define F_ALT		0x08
#define F_ZERO		0x10
#define F_UPPER		0x20

struct spec {
	unsigned int flags;
	int width;
	int prec;		/* -1: not given */
	char conv;
};

struct out {
	__nolibc_emit_t emit;
	void *arg;
	size_t count;
};

static void out(struct out *o, const char *s, size_t n)
{
	if (n) {
		o->emit(o->arg, s, n);
		o->count += n;
	}
}

static void out_rep(struct out *o, char c, long n)
{
	char buf[32];
	long chunk;

	if (n <= 0)
		return;
	memset(buf, c, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf));
	for (; n > 0; n -= chunk) {
		chunk = n < (long)sizeof(buf) ? n : (long)sizeof(buf);
		out(o, buf, chunk);
	}
}

/* Left padding with spaces for a field of `len` characters */
static void pad_left(struct out *o, const struct spec *sp, long len)
{
	if (!(sp->flags & F_MINUS))
		out_rep(o, ' ', sp->width - len);
}

static void pad_right(struct out *o, const struct spec *sp, long len)
{
	if (sp->flags & F_MINUS)
		out_rep(o, ' ', sp->width - len);
}

static const char xdigits_lower[] = "0123456789abcdef";
static const char xdigits_upper[] = "0123456789ABCDEF";

/*
 * Integers: d i u o x X p. `neg` tells that the value is the magnitude of a
 * negative number.
 */
static void fmt_int(struct out *o, const struct spec *sp, uintmax_t v,
		    int neg)
{
	const char *xd = (sp->flags & F_UPPER) ? xdigits_upper : xdigits_lower;
	char buf[24];
	char *d = buf + sizeof(buf);
	const char *prefix = "";
	unsigned int base;
	long len, zeros, plen, total;
	int prec = sp->prec;

	switch (sp->conv) {
	case 'o':
		base = 8;
		break;
	case 'x':
	case 'X':
	case 'p':
		base = 16;
		break;
	default:
		base = 10;
		break;
	}

	for (uintmax_t t = v; t; t /= base)
		*--d = xd[t % base];
	if (v == 0 && prec != 0)
		*--d = '0';
	len = buf + sizeof(buf) - d;

	if (sp->conv == 'd' || sp->conv == 'i') {
		if (neg)
			prefix = "-";
		else if (sp->flags & F_PLUS)
			prefix = "+";
		else if (sp->flags & F_SPACE)
			prefix = " ";
	} else if (sp->conv == 'o' && (sp->flags & F_ALT)) {
		/* the first digit must be a zero */
		if (len == 0 || *d != '0')
			prec = (prec > len + 1) ? prec : len + 1;
	} else if (sp->conv == 'p' || ((sp->flags & F_ALT) && v != 0 &&
				       (sp->conv == 'x' || sp->conv == 'X'))) {
		prefix = (sp->conv == 'X') ? "0X" : "0x";
	}
	plen = strlen(prefix);

	zeros = prec > len ? prec - len : 0;
	if ((sp->flags & (F_ZERO | F_MINUS)) == F_ZERO && sp->prec < 0 &&
	    sp->width > plen + len + zeros)
		zeros = sp->width - plen - len;
	total = plen + zeros + len;

	pad_left(o, sp, total);
	out(o, prefix, plen);
	out_rep(o, '0', zeros);
	out(o, d, len);
	pad_right(o, sp, total);
}

static void fmt_str(struct out *o, const struct spec *sp, const char *s,
		    long len)
{
	pad_left(o, sp, len);
	out(o, s, len);
	pad_right(o, sp, len);
}

/* %ls: wide characters outside ASCII print as '?' */
static void fmt_wstr(struct out *o, const struct spec *sp,
		     const wchar_t *ws)
{
	long len = 0;

	while (ws[len] && (sp->prec < 0 || len < sp->prec))
		len++;
	pad_left(o, sp, len);
	for (long i = 0; i < len; i++) {
		char c = (unsigned int)ws[i] < 0x80 ? (char)ws[i] : '?';

		out(o, &c, 1);
	}
	pad_right(o, sp, len);
}

#if NOLIBC_HAVE_FP
/*
 * Floating point.
 *
 * A finite double is M * 2^E with integer M < 2^53. Its exact decimal
 * expansion is the integer M * 2^E (E >= 0) or M * 5^-E scaled by 10^E
 * (E < 0): at most 767 significant digits. The integer is computed in
 * base 10^9 and expanded into decimal digits, which are then rounded
 * half to even at the position the conversion asks for.
 */
#define FP_WORDS	90	/* 10^9-words: 5^1074 * 2^53 < 10^(9 * 90) */
#define FP_DIGITS	(FP_WORDS * 9)
#define BILLION		1000000000U

struct decimal {
	char dig[FP_DIGITS];	/* significant digits, no trailing zeros */
	int nd;			/* number of digits, 0 for zero */
	int e10;		/* value = dig[0].dig[1]... * 10^e10 */
};

static int big_mul(uint32_t *w, int n, uint32_t m)
{
	uint64_t carry = 0;

	for (int i = 0; i < n; i++) {
		uint64_t t = (uint64_t)w[i] * m + carry;

		w[i] = (uint32_t)(t % BILLION);
		carry = t / BILLION;
	}
	while (carry) {
		w[n++] = (uint32_t)(carry % BILLION);
		carry /= BILLION;
	}
	return n;
}

static void strip_zeros(struct decimal *dec)
{
	while (dec->nd > 0 && dec->dig[dec->nd - 1] == '0')
		dec->nd--;
}

static void dec_from_double(struct decimal *dec, uint64_t m, int e)
{
	uint32_t w[FP_WORDS];
	int n = 0, dexp = 0, i;
	char *p;

	dec->nd = 0;
	dec->e10 = 0;
	if (m == 0)
		return;
	while (!(m & 1)) {
		m >>= 1;
		e++;
	}
	for (; m; m /= BILLION)
		w[n++] = (uint32_t)(m % BILLION);
	if (e >= 0) {
		for (; e > 0; e -= 29)
			n = big_mul(w, n, 1U << (e < 29 ? e : 29));
	} else {
		dexp = e;
		for (e = -e; e >= 13; e -= 13)
			n = big_mul(w, n, 1220703125U);	/* 5^13 */
		if (e) {
			uint32_t p5 = 1;

			while (e--)
				p5 *= 5;
			n = big_mul(w, n, p5);
		}
	}

	/* most significant word without leading zeros, then 9 digits each */
	p = dec->dig;
	for (uint32_t t = w[n - 1], div = BILLION / 10; div; div /= 10) {
		if (t / div || p != dec->dig)
			*p++ = '0' + (t / div) % 10;
	}
	for (i = n - 2; i >= 0; i--) {
		for (uint32_t div = BILLION / 10; div; div /= 10)
			*p++ = '0' + (w[i] / div) % 10;
	}
	dec->nd = p - dec->dig;
	dec->e10 = dec->nd - 1 + dexp;
	strip_zeros(dec);
}

/* Keep `keep` significant digits, rounding half to even */
static void dec_round(struct decimal *dec, long keep)
{
	int up, i;
	char r;

	if (keep >= dec->nd)
		return;
	if (keep < 0) {
		dec->nd = 0;
		return;
	}
	r = dec->dig[keep];
	if (r != '5')
		up = r > '5';
	else if (keep + 1 < dec->nd)	/* digits after a 5: above half */
		up = 1;
	else				/* exactly half */
		up = keep > 0 && ((dec->dig[keep - 1] - '0') & 1);
	dec->nd = keep;
	if (up) {
		for (i = keep - 1; i >= 0 && dec->dig[i] == '9'; i--)
			;
		if (i < 0) {
			dec->dig[0] = '1';
			dec->nd = 1;
			dec->e10++;
		} else {
			dec->dig[i]++;
			dec->nd = i + 1;
		}
	}
	strip_zeros(dec);
}

static inline char dec_digit(const struct decimal *dec, long i)
{
	return (i >= 0 && i < dec->nd) ? dec->dig[i] : '0';
}

/* Digits first..first+n-1 of the expansion (zeros outside of it) */
static void out_digits(struct out *o, const struct decimal *dec, long first,
		       long n)
{
	char buf[32];
	int k = 0;

	if (first >= dec->nd || first + n <= 0) {
		out_rep(o, '0', n);
		return;
	}
	for (long i = first; i < first + n; i++) {
		buf[k++] = dec_digit(dec, i);
		if (k == sizeof(buf)) {
			out(o, buf, k);
			k = 0;
		}
	}
	out(o, buf, k);
}

/* Sign, zero padding and body of a number of `blen` characters */
static void fp_begin(struct out *o, const struct spec *sp, const char *sign,
		     const char *prefix, long blen)
{
	long slen = strlen(sign) + strlen(prefix);

	if ((sp->flags & (F_ZERO | F_MINUS)) == F_ZERO) {
		out(o, sign, strlen(sign));
		out(o, prefix, strlen(prefix));
		out_rep(o, '0', sp->width - slen - blen);
	} else {
		pad_left(o, sp, slen + blen);
		out(o, sign, strlen(sign));
		out(o, prefix, strlen(prefix));
	}
}

static void fp_end(struct out *o, const struct spec *sp, const char *sign,
		   const char *prefix, long blen)
{
	pad_right(o, sp, strlen(sign) + strlen(prefix) + blen);
}

static int exp_len(int e)
{
	int n = 0;

	if (e < 0)
		e = -e;
	for (; e; e /= 10)
		n++;
	return n;
}

static void out_exp(struct out *o, char c, int e, int mindigits)
{
	char buf[8];
	char *p = buf + sizeof(buf);
	int n = 0;

	for (int t = e < 0 ? -e : e; t || n < mindigits; t /= 10, n++)
		*--p = '0' + t % 10;
	*--p = e < 0 ? '-' : '+';
	*--p = c;
	out(o, p, buf + sizeof(buf) - p);
}

/* %e with `prec` digits after the point */
static void fp_e(struct out *o, const struct spec *sp, const char *sign,
		 const struct decimal *dec, int prec, int point)
{
	int e = dec->nd ? dec->e10 : 0;
	int el = exp_len(e) < 2 ? 2 : exp_len(e);
	long blen = 1L + point + prec + 2 + el;

	fp_begin(o, sp, sign, "", blen);
	out_digits(o, dec, 0, 1);
	if (point)
		out(o, ".", 1);
	out_digits(o, dec, 1, prec);
	out_exp(o, (sp->flags & F_UPPER) ? 'E' : 'e', e, 2);
	fp_end(o, sp, sign, "", blen);
}

/* %f with `prec` digits after the point */
static void fp_f(struct out *o, const struct spec *sp, const char *sign,
		 const struct decimal *dec, int prec, int point)
{
	long ilen = (dec->nd && dec->e10 >= 0) ? dec->e10 + 1 : 1;
	long blen = ilen + point + prec;

	fp_begin(o, sp, sign, "", blen);
	if (dec->nd && dec->e10 >= 0)
		out_digits(o, dec, 0, ilen);
	else
		out(o, "0", 1);
	if (point)
		out(o, ".", 1);
	out_digits(o, dec, dec->nd ? dec->e10 + 1 : 1, prec);
	fp_end(o, sp, sign, "", blen);
}

/* %a: hexadecimal mantissa, binary exponent */
static void fp_a(struct out *o, const struct spec *sp, const char *sign,
		 unsigned int bexp, uint64_t frac)
{
	const char *xd = (sp->flags & F_UPPER) ? xdigits_upper : xdigits_lower;
	unsigned int lead;
	int e, nd = 13, prec = sp->prec;
	char buf[16];
	long blen;

	if (bexp == 0 && frac == 0) {
		lead = 0;
		e = 0;
	} else if (bexp == 0) {
		lead = 0;
		e = -1022;
	} else {
		lead = 1;
		e = (int)bexp - 1023;
	}

	if (prec >= 0 && prec < 13) {
		int shift = 4 * (13 - prec);
		uint64_t rem = frac & ((1ULL << shift) - 1);
		uint64_t half = 1ULL << (shift - 1);
		int odd;

		frac >>= shift;
		odd = prec ? (int)(frac & 1) : (int)(lead & 1);
		if (rem > half || (rem == half && odd)) {
			frac++;
			if (frac >> (4 * prec)) {
				lead++;
				frac &= (1ULL << (4 * prec)) - 1;
			}
		}
		nd = prec;
	} else if (prec < 0) {
		for (; nd > 0 && !(frac & 0xf); nd--)
			frac >>= 4;
	}
	for (int i = nd - 1; i >= 0; i--, frac >>= 4)
		buf[i] = xd[frac & 0xf];

	prec = prec > nd ? prec : nd;
	blen = 1L + ((prec || (sp->flags & F_ALT)) ? 1 : 0) + prec + 2 +
		(exp_len(e) ? exp_len(e) : 1);
	fp_begin(o, sp, sign, (sp->flags & F_UPPER) ? "0X" : "0x", blen);
	out(o, &xd[lead], 1);
	if (prec || (sp->flags & F_ALT))
		out(o, ".", 1);
	out(o, buf, nd);
	out_rep(o, '0', prec - nd);
	out_exp(o, (sp->flags & F_UPPER) ? 'P' : 'p', e, 1);
	fp_end(o, sp, sign, (sp->flags & F_UPPER) ? "0X" : "0x", blen);
}

static __attribute__((noinline)) void fmt_fp(struct out *o,
					      const struct spec *sp,
					      double x)
{
	struct decimal dec;
	uint64_t bits, frac;
	unsigned int bexp;
	const char *sign = "";
	int prec = sp->prec, point;
	char conv = sp->conv | 0x20;	/* lower case */

	__builtin_memcpy(&bits, &x, sizeof(bits));
	frac = bits & ((1ULL << 52) - 1);
	bexp = (bits >> 52) & 0x7ff;
	if (bits >> 63)
		sign = "-";
	else if (sp->flags & F_PLUS)
		sign = "+";
	else if (sp->flags & F_SPACE)
		sign = " ";

	if (bexp == 0x7ff) {
		const char *s;
		struct spec nsp = *sp;

		if (frac)
			s = (sp->flags & F_UPPER) ? "NAN" : "nan";
		else
			s = (sp->flags & F_UPPER) ? "INF" : "inf";
		nsp.flags &= ~F_ZERO;
		fp_begin(o, &nsp, sign, "", 3);
		out(o, s, 3);
		fp_end(o, &nsp, sign, "", 3);
		return;
	}
	if (conv == 'a') {
		fp_a(o, sp, sign, bexp, frac);
		return;
	}

	if (bexp)
		dec_from_double(&dec, frac | (1ULL << 52), (int)bexp - 1075);
	else
		dec_from_double(&dec, frac, -1074);
	if (prec < 0)
		prec = 6;
	else if (prec > INT_MAX - 32)
		prec = INT_MAX - 32;	/* keeps the arithmetic below in int */

	switch (conv) {
	case 'e':
		dec_round(&dec, prec + 1L);
		fp_e(o, sp, sign, &dec, prec, prec || (sp->flags & F_ALT));
		break;
	case 'f':
		if (dec.nd)
			dec_round(&dec, dec.e10 + 1L + prec);
		fp_f(o, sp, sign, &dec, prec, prec || (sp->flags & F_ALT));
		break;
	default: { /* 'g' */
		int p = prec ? prec : 1, x10;

		dec_round(&dec, p);
		x10 = dec.nd ? dec.e10 : 0;
		if (p > x10 && x10 >= -4) {
			prec = p - 1 - x10;
			if (!(sp->flags & F_ALT)) {
				int need = dec.nd - 1 - x10;

				prec = need < prec ? (need > 0 ? need : 0)
						   : prec;
			}
			point = prec || (sp->flags & F_ALT);
			fp_f(o, sp, sign, &dec, prec, point);
		} else {
			prec = p - 1;
			if (!(sp->flags & F_ALT) && dec.nd - 1 < prec)
				prec = dec.nd > 1 ? dec.nd - 1 : 0;
			point = prec || (sp->flags & F_ALT);
			fp_e(o, sp, sign, &dec, prec, point);
		}
		break;
	}
	}
}
#endif /* NOLIBC_HAVE_FP */


static intmax_t arg_signed(va_list *ap, enum lenmod len)
{
	switch (len) {
	case LEN_HH:
		return (signed char)va_arg(*ap, int);
	case LEN_H:
		return (short)va_arg(*ap, int);
	case LEN_L:
		return va_arg(*ap, long);
	case LEN_LL:
		return va_arg(*ap, long long);
	case LEN_J:
		return va_arg(*ap, intmax_t);
	case LEN_Z:
		return va_arg(*ap, ssize_t);
	case LEN_T:
		return va_arg(*ap, ptrdiff_t);
	default:
		return va_arg(*ap, int);
	}
}

static uintmax_t arg_unsigned(va_list *ap, enum lenmod len)
{
	switch (len) {
	case LEN_HH:
		return (unsigned char)va_arg(*ap, unsigned int);
	case LEN_H:
		return (unsigned short)va_arg(*ap, unsigned int);
	case LEN_L:
		return va_arg(*ap, unsigned long);
	case LEN_LL:
		return va_arg(*ap, unsigned long long);
	case LEN_J:
		return va_arg(*ap, uintmax_t);
	case LEN_Z:
		return va_arg(*ap, size_t);
	case LEN_T:
		return (uintmax_t)va_arg(*ap, ptrdiff_t);
	default:
		return va_arg(*ap, unsigned int);
	}
}

static int parse_int(const char **fmt)
{
	int n = 0;

	for (; **fmt >= '0' && **fmt <= '9'; (*fmt)++) {
		if (n < INT_MAX / 10)
			n = n * 10 + (**fmt - '0');
		else
			n = INT_MAX;
	}
	return n;
}

int __nolibc_vfmt(__nolibc_emit_t emit, void *arg, const char *fmt,
		  va_list ap_in)
{
	struct out o = { .emit = emit, .arg = arg, .count = 0 };
	va_list ap;

	/* a copy that can be handed on by address */
	va_copy(ap, ap_in);
	while (*fmt) {
		const char *start = fmt;
		struct spec sp = { .flags = 0, .width = 0, .prec = -1 };
		enum lenmod len = LEN_NONE;

		while (*fmt && *fmt != '%')
			fmt++;
		out(&o, start, fmt - start);
		if (!*fmt)
			break;
		start = fmt++;

		for (;; fmt++) {
			if (*fmt == '-')
				sp.flags |= F_MINUS;
			else if (*fmt == '+')
				sp.flags |= F_PLUS;
			else if (*fmt == ' ')
				sp.flags |= F_SPACE;
			else if (*fmt == '#')
				sp.flags |= F_ALT;
			else if (*fmt == '0')
				sp.flags |= F_ZERO;
			else if (*fmt != '\'')	/* grouping: none in "C" */
				break;
		}
		if (*fmt == '*') {
			fmt++;
			sp.width = va_arg(ap, int);
			if (sp.width < 0) {
				sp.flags |= F_MINUS;
				sp.width = sp.width == INT_MIN ? INT_MAX
							       : -sp.width;
			}
		} else {
			sp.width = parse_int(&fmt);
		}
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				fmt++;
				sp.prec = va_arg(ap, int);
				if (sp.prec < 0)
					sp.prec = -1;
			} else {
				sp.prec = parse_int(&fmt);
			}
		}

		len = parse_lenmod(&fmt);

		sp.conv = *fmt;
		if (sp.conv >= 'A' && sp.conv <= 'Z')
			sp.flags |= F_UPPER;
		switch (sp.conv) {
		case 'd':
		case 'i': {
			intmax_t v = arg_signed(&ap, len);

			fmt_int(&o, &sp, v < 0 ? -(uintmax_t)v : (uintmax_t)v,
				v < 0);
			break;
		}
		case 'u':
		case 'o':
		case 'x':
		case 'X':
			fmt_int(&o, &sp, arg_unsigned(&ap, len), 0);
			break;
		case 'p': {
			void *p = va_arg(ap, void *);

			if (p) {
				sp.flags &= ~(F_PLUS | F_SPACE);
				fmt_int(&o, &sp, (uintptr_t)p, 0);
			} else {
				fmt_str(&o, &sp, "(nil)", 5);
			}
			break;
		}
		case 'c': {
			char c;

			if (len == LEN_L)
				c = (char)va_arg(ap, unsigned int);
			else
				c = (char)va_arg(ap, int);
			fmt_str(&o, &sp, &c, 1);
			break;
		}
		case 'C': {
			wchar_t wc[2] = { 0, 0 };

			wc[0] = (wchar_t)va_arg(ap, unsigned int);

			fmt_wstr(&o, &sp, wc);
			break;
		}
		case 's':
		case 'S': {
			const char *s;

			if (len == LEN_L || sp.conv == 'S') {
				const wchar_t *ws = va_arg(ap, const wchar_t *);

				if (ws) {
					fmt_wstr(&o, &sp, ws);
					break;
				}
				s = NULL;
			} else {
				s = va_arg(ap, const char *);
			}
			if (!s)
				s = (sp.prec < 0 || sp.prec >= 6) ? "(null)"
								  : "";
			fmt_str(&o, &sp, s, sp.prec < 0 ? (long)strlen(s) :
				(long)strnlen(s, sp.prec));
			break;
		}
		case 'm': {
			const char *s = strerror(errno);

			fmt_str(&o, &sp, s, sp.prec < 0 ? (long)strlen(s) :
				(long)strnlen(s, sp.prec));
			break;
		}
		case 'e':
		case 'E':
		case 'f':
		case 'F':
		case 'g':
		case 'G':
		case 'a':
		case 'A': {
#if NOLIBC_HAVE_FP
			double x;

			if (len == LEN_BIGL)
				x = (double)va_arg(ap, long double);
			else
				x = va_arg(ap, double);
			fmt_fp(&o, &sp, x);
#else
			out(&o, start, fmt + 1 - start);
#endif
			break;
		}
		case 'n':
			store_lenmod(va_arg(ap, void *), len, o.count);
			break;
		case '%':
			out(&o, "%", 1);
			break;
		case '\0':
			/* a lone '%' at the end */
			out(&o, start, fmt - start);
			continue;
		default:
			/* unknown conversion: print it as it is */
			out(&o, start, fmt + 1 - start);
			break;
		}
		fmt++;
	}
	va_end(ap);

	if (o.count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)o.count;
}

struct strbuf {
	char *buf;
	size_t size;	/* room, including the terminating '\0' */
	size_t pos;
};

static void emit_str(void *arg, const char *s, size_t len)
{
	struct strbuf *b = arg;

	if (b->pos + 1 < b->size) {
		size_t room = b->size - 1 - b->pos;
		size_t n = len < room ? len : room;

		memcpy(b->buf + b->pos, s, n);
	}
	b->pos += len;
}

int vsnprintf(char *str, size_t size, const char *fmt, va_list ap)
{
	struct strbuf b = { .buf = str, .size = size, .pos = 0 };
	int ret;

	ret = __nolibc_vfmt(emit_str, &b, fmt, ap);
	if (size)
		str[b.pos < size ? b.pos : size - 1] = '\0';
	return ret;
}

int snprintf(char *str, size_t size, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vsnprintf(str, size, fmt, ap);
	va_end(ap);
	return ret;
}

int vsprintf(char *str, const char *fmt, va_list ap)
{
	return vsnprintf(str, (size_t)INT_MAX + 1, fmt, ap);
}

int sprintf(char *str, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vsprintf(str, fmt, ap);
	va_end(ap);
	return ret;
}
