/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * httpreply: answer every HTTP request on port 8123 with a small HTML
 * page, one connection after another. A client that sends nothing is
 * dropped after a few seconds so it cannot hold the server; with
 * APPHTTPREPLY_STATS, GET /stats reports the allocator's counters.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <uk/config.h>
#if CONFIG_APPHTTPREPLY_STATS
#include <uk/alloc.h>
#endif

#define LISTEN_BACKLOG	64
#define REQUEST_MAX	2048
#define RECV_TIMEOUT_S	2

static const char page[] =
	"<!DOCTYPE html>\n"
	"<html><head><title>httpreply</title></head>\n"
	"<body><h1>Hello from the unikernel!</h1>\n"
	"<p>This page was served by lwIP on uknetdev.</p></body></html>\n";

static int send_all(int fd, const char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = send(fd, buf, len, 0);
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

static int send_response(int fd, const char *type, const char *body,
			 size_t body_len)
{
	char head[160];
	int n;

	n = snprintf(head, sizeof(head),
		     "HTTP/1.1 200 OK\r\n"
		     "Content-Type: %s\r\n"
		     "Content-Length: %lu\r\n"
		     "Connection: close\r\n\r\n", type,
		     (unsigned long)body_len);
	if (send_all(fd, head, (size_t)n) < 0)
		return -1;
	return send_all(fd, body, body_len);
}

#if CONFIG_APPHTTPREPLY_STATS
static int send_stats(int fd)
{
	struct uk_alloc_stats st;
	char body[200];
	int n;

	uk_alloc_stats_get(uk_alloc_get_default(), &st);
	n = snprintf(body, sizeof(body),
		     "mem_use %ld\nnb_allocs %ld\nnb_enomem %lu\n",
		     (long)st.cur_mem_use, (long)st.cur_nb_allocs,
		     (unsigned long)st.nb_enomem);
	printf("httpreply: allocator: %ld bytes in %ld allocations in use, "
	       "%lu failed\n", (long)st.cur_mem_use, (long)st.cur_nb_allocs,
	       (unsigned long)st.nb_enomem);
	return send_response(fd, "text/plain", body, (size_t)n);
}
#endif

/* Read up to the end of the request's headers; its length, or -1 */
static int read_request(int fd, char *buf, size_t size)
{
	size_t have = 0;
	ssize_t n;

	while (have < size - 1) {
		n = recv(fd, buf + have, size - 1 - have, 0);
		if (n <= 0)
			return -1;	/* closed, reset or timed out */
		have += (size_t)n;
		buf[have] = '\0';
		if (strstr(buf, "\r\n\r\n") || strstr(buf, "\n\n"))
			return (int)have;
	}
	return -1;			/* headers too long: not HTTP */
}

static void serve(int fd)
{
	struct timeval tv = { .tv_sec = RECV_TIMEOUT_S, .tv_usec = 0 };
	char req[REQUEST_MAX];

	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (read_request(fd, req, sizeof(req)) < 0 ||
	    strncmp(req, "GET ", 4) != 0)
		return;
#if CONFIG_APPHTTPREPLY_STATS
	if (strncmp(req + 4, "/stats ", 7) == 0) {
		send_stats(fd);
		shutdown(fd, SHUT_WR);
		return;
	}
#endif
	send_response(fd, "text/html", page, sizeof(page) - 1);
	shutdown(fd, SHUT_WR);
}

int main(void)
{
	struct sockaddr_in addr;
	int srv, client, one = 1;

	srv = socket(AF_INET, SOCK_STREAM, 0);
	if (srv < 0) {
		perror("httpreply: socket");
		return 1;
	}
	setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(CONFIG_APPHTTPREPLY_PORT);
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	if (bind(srv, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		perror("httpreply: bind");
		return 1;
	}
	if (listen(srv, LISTEN_BACKLOG) < 0) {
		perror("httpreply: listen");
		return 1;
	}
	printf("Listening on port %d...\n", CONFIG_APPHTTPREPLY_PORT);
	fflush(stdout);

	for (;;) {
		client = accept(srv, NULL, NULL);
		if (client < 0) {
			perror("httpreply: accept");
			/* out of sockets: let some close */
			usleep(10000);
			continue;
		}
		serve(client);
		close(client);
	}
	return 0;
}
