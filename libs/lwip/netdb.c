/* SPDX-License-Identifier: BSD-3-Clause */
/* Name resolution (<netdb.h>) on lwIP's DNS client. */
#include <netdb.h>

int getaddrinfo(const char *nodename, const char *servname,
		const struct addrinfo *hints, struct addrinfo **res)
{
	return lwip_getaddrinfo(nodename, servname, hints, res);
}

void freeaddrinfo(struct addrinfo *ai)
{
	lwip_freeaddrinfo(ai);
}

struct hostent *gethostbyname(const char *name)
{
	return lwip_gethostbyname(name);
}

int gethostbyname_r(const char *name, struct hostent *ret, char *buf,
		    size_t buflen, struct hostent **result, int *h_errnop)
{
	return lwip_gethostbyname_r(name, ret, buf, buflen, result, h_errnop);
}

const char *gai_strerror(int errcode)
{
	switch (errcode) {
	case 0:
		return "Success";
	case EAI_NONAME:
		return "Name or service not known";
	case EAI_SERVICE:
		return "Service not supported";
	case EAI_FAIL:
		return "Non-recoverable failure in name resolution";
	case EAI_MEMORY:
		return "Memory allocation failure";
	case EAI_FAMILY:
		return "Address family not supported";
	case HOST_NOT_FOUND:
		return "Host not found";
	case NO_DATA:
		return "No address for this name";
	case NO_RECOVERY:
		return "Unrecoverable error";
	case TRY_AGAIN:
		return "Temporary failure in name resolution";
	}
	return "Unknown error";
}
