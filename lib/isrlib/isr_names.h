/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Forced into the isr build of lib/nolibc/string.c (gcc -include): gives
 * every function defined there its interrupt-safe name, name_isr.
 * Keep in sync with lib/nolibc/string.c and include/isr/string.h.
 */
#ifndef __ISRLIB_ISR_NAMES_H__
#define __ISRLIB_ISR_NAMES_H__

#define memcpy		memcpy_isr
#define mempcpy		mempcpy_isr
#define memmove		memmove_isr
#define memset		memset_isr
#define memcmp		memcmp_isr
#define memchr		memchr_isr
#define memrchr		memrchr_isr
#define memmem		memmem_isr
#define strlen		strlen_isr
#define strnlen		strnlen_isr
#define strcmp		strcmp_isr
#define strncmp		strncmp_isr
#define strcasecmp	strcasecmp_isr
#define strncasecmp	strncasecmp_isr
#define stpcpy		stpcpy_isr
#define strcpy		strcpy_isr
#define stpncpy		stpncpy_isr
#define strncpy		strncpy_isr
#define strlcpy		strlcpy_isr
#define strlcat		strlcat_isr
#define strcat		strcat_isr
#define strncat		strncat_isr
#define strchrnul	strchrnul_isr
#define strchr		strchr_isr
#define strrchr		strrchr_isr
#define strspn		strspn_isr
#define strcspn		strcspn_isr
#define strpbrk		strpbrk_isr
#define strstr		strstr_isr
#define strcasestr	strcasestr_isr
#define strsep		strsep_isr
#define strtok_r	strtok_r_isr

#endif /* __ISRLIB_ISR_NAMES_H__ */
