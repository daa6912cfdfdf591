/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Calendar time: conversions between time_t and struct tm in UTC (the
 * only time zone there is), and strftime() for the "C" locale.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "fpu.h"

#define SECS_PER_DAY	86400L

/* Floor division, for dates before the epoch */
static long fdiv(long a, long b)
{
	return a / b - (a % b < 0);
}

/*
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1-12).
 * Years are counted from March so that the leap day ends a year; a 400
 * year era has 146097 days.
 */
static long days_from_civil(long y, int m, int d)
{
	long era, yoe, doy;

	y -= m <= 2;
	era = fdiv(y, 400);
	yoe = y - era * 400;				/* 0-399 */
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;	/* 0-365 */
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = fdiv(z, 146097);
	doe = z - era * 146097;					/* 0-146096 */
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);		/* 0-365 */
	mp = (5 * doy + 2) / 153;				/* 0-11 */
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

struct tm *gmtime_r(const time_t *timep, struct tm *tm)
{
	long days = fdiv(*timep, SECS_PER_DAY);
	long secs = *timep - days * SECS_PER_DAY;
	long year;
	int mon, mday;

	civil_from_days(days, &year, &mon, &mday);
	tm->tm_sec = (int)(secs % 60);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_mday = mday;
	tm->tm_mon = mon - 1;
	tm->tm_year = (int)(year - 1900);
	/* 1970-01-01 was a Thursday */
	tm->tm_wday = (int)(days - fdiv(days + 4, 7) * 7 + 4);
	tm->tm_yday = (int)(days - days_from_civil(year, 1, 1));
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "UTC";
	return tm;
}

struct tm *gmtime(const time_t *timep)
{
	static struct tm tm;

	return gmtime_r(timep, &tm);
}

struct tm *localtime_r(const time_t *timep, struct tm *result)
{
	return gmtime_r(timep, result);
}

struct tm *localtime(const time_t *timep)
{
	return gmtime(timep);
}

/* Fields may be out of range: 32 January is 1 February */
time_t timegm(struct tm *tm)
{
	long mon = tm->tm_mon;
	long year = 1900L + tm->tm_year + fdiv(mon, 12);
	time_t t;

	mon -= fdiv(mon, 12) * 12;
	t = (days_from_civil(year, (int)mon + 1, 1) + tm->tm_mday - 1) *
		SECS_PER_DAY + tm->tm_hour * 3600L + tm->tm_min * 60L +
		tm->tm_sec;
	gmtime_r(&t, tm);
	return t;
}

time_t mktime(struct tm *tm)
{
	return timegm(tm);
}

void tzset(void)
{
}

#if NOLIBC_HAVE_FP
double difftime(time_t t1, time_t t0)
{
	return (double)(t1 - t0);
}
#endif

static const char *const wday_name[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"
};

static const char *const mon_name[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static const char *name(const char *const *names, int n, int i)
{
	static const char unknown[] = "?";

	if (i < 0 || i >= n)
		return unknown;
	return names[i];
}

/* Week of the year, weeks starting on `first` (0 Sunday, 1 Monday) */
static int week_number(const struct tm *tm, int first)
{
	return (tm->tm_yday + 7 - (tm->tm_wday + 7 - first) % 7) / 7;
}

size_t strftime(char *s, size_t max, const char *fmt, const struct tm *tm)
{
	size_t pos = 0;

	for (; *fmt; fmt++) {
		char buf[64];
		const char *str = buf;
		int len = -1;

		if (*fmt != '%') {
			buf[0] = *fmt;
			len = 1;
		} else {
			/* E and O modifiers change nothing in the C locale */
			if (fmt[1] == 'E' || fmt[1] == 'O')
				fmt++;
			switch (*++fmt) {
			case 'a':
			case 'A':
				str = name(wday_name, 7, tm->tm_wday);
				len = *fmt == 'a' ? 3 : (int)strlen(str);
				break;
			case 'b':
			case 'h':
			case 'B':
				str = name(mon_name, 12, tm->tm_mon);
				len = *fmt == 'B' ? (int)strlen(str) : 3;
				break;
			case 'c':
				len = (int)strftime(buf, sizeof(buf),
						    "%a %b %e %H:%M:%S %Y",
						    tm);
				break;
			case 'C':
				len = snprintf(buf, sizeof(buf), "%02ld",
					       fdiv(1900L + tm->tm_year, 100));
				break;
			case 'd':
				len = snprintf(buf, sizeof(buf), "%02d",
					       tm->tm_mday);
				break;
			case 'D':
				len = (int)strftime(buf, sizeof(buf),
						    "%m/%d/%y", tm);
				break;
			case 'e':
				len = snprintf(buf, sizeof(buf), "%2d",
					       tm->tm_mday);
				break;
			case 'F':
				len = (int)strftime(buf, sizeof(buf),
						    "%Y-%m-%d", tm);
				break;
			case 'H':
				len = snprintf(buf, sizeof(buf), "%02d",
					       tm->tm_hour);
				break;
			case 'I':
				len = snprintf(buf, sizeof(buf), "%02d",
					       (tm->tm_hour + 11) % 12 + 1);
				break;
			case 'j':
				len = snprintf(buf, sizeof(buf), "%03d",
					       tm->tm_yday + 1);
				break;
			case 'k':
				len = snprintf(buf, sizeof(buf), "%2d",
					       tm->tm_hour);
				break;
			case 'l':
				len = snprintf(buf, sizeof(buf), "%2d",
					       (tm->tm_hour + 11) % 12 + 1);
				break;
			case 'm':
				len = snprintf(buf, sizeof(buf), "%02d",
					       tm->tm_mon + 1);
				break;
			case 'M':
				len = snprintf(buf, sizeof(buf), "%02d",
					       tm->tm_min);
				break;
			case 'n':
				str = "\n";
				len = 1;
				break;
			case 'p':
				str = tm->tm_hour < 12 ? "AM" : "PM";
				len = 2;
				break;
			case 'P':
				str = tm->tm_hour < 12 ? "am" : "pm";
				len = 2;
				break;
			case 'r':
				len = (int)strftime(buf, sizeof(buf),
						    "%I:%M:%S %p", tm);
				break;
			case 'R':
				len = (int)strftime(buf, sizeof(buf),
						    "%H:%M", tm);
				break;
			case 's': {
				struct tm t = *tm;

				len = snprintf(buf, sizeof(buf), "%ld",
					       (long)timegm(&t));
				break;
			}
			case 'S':
				len = snprintf(buf, sizeof(buf), "%02d",
					       tm->tm_sec);
				break;
			case 't':
				str = "\t";
				len = 1;
				break;
			case 'T':
			case 'X':
				len = (int)strftime(buf, sizeof(buf),
						    "%H:%M:%S", tm);
				break;
			case 'u':
				len = snprintf(buf, sizeof(buf), "%d",
					       (tm->tm_wday + 6) % 7 + 1);
				break;
			case 'U':
				len = snprintf(buf, sizeof(buf), "%02d",
					       week_number(tm, 0));
				break;
			case 'w':
				len = snprintf(buf, sizeof(buf), "%d",
					       tm->tm_wday);
				break;
			case 'W':
				len = snprintf(buf, sizeof(buf), "%02d",
					       week_number(tm, 1));
				break;
			case 'x':
				len = (int)strftime(buf, sizeof(buf),
						    "%m/%d/%y", tm);
				break;
			case 'y':
				len = snprintf(buf, sizeof(buf), "%02d",
					       (tm->tm_year % 100 + 100) % 100);
				break;
			case 'Y':
				len = snprintf(buf, sizeof(buf), "%ld",
					       1900L + tm->tm_year);
				break;
			case 'z':
				str = "+0000";
				len = 5;
				break;
			case 'Z':
				str = tm->tm_zone ? tm->tm_zone : "UTC";
				len = (int)strlen(str);
				break;
			case '%':
				str = "%";
				len = 1;
				break;
			case 'g':
			case 'G':
			case 'V':
				len = 0;
				break;
			case '\0':
				fmt--;	/* a '%' at the end */
				str = "%";
				len = 1;
				break;
			default:
				/* unknown: copied as it is */
				str = fmt - 1;
				len = 2;
				break;
			}
		}
		if (len < 0 || pos + len >= max)
			return 0;
		memcpy(s + pos, str, len);
		pos += len;
	}
	if (pos >= max)
		return 0;
	s[pos] = '\0';
	return pos;
}
