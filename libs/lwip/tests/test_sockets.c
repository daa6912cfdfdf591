/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lwIP glue: the POSIX socket API on the loopback interface (no network
 * device needed): address conversions, getaddrinfo, TCP and UDP, poll,
 * select, non-blocking sockets, options and error cases.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <uk/config.h>
#include <uk/test.h>
#include <uk/thread.h>
#include <uk/sched.h>

#define TEST_PORT	5555

static struct sockaddr_in loopback(unsigned short port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons(port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

/* A connected pair over 127.0.0.1: *srv listens, *a and *b are the ends */
static int tcp_pair(unsigned short port, int *srv, int *a, int *b)
{
	struct sockaddr_in addr = loopback(port);

	*srv = socket(AF_INET, SOCK_STREAM, 0);
	if (*srv < 0 || bind(*srv, (struct sockaddr *)&addr, sizeof(addr))
	    || listen(*srv, 4))
		return -1;
	*a = socket(AF_INET, SOCK_STREAM, 0);
	if (*a < 0 || connect(*a, (struct sockaddr *)&addr, sizeof(addr)))
		return -1;
	*b = accept(*srv, NULL, NULL);
	return *b < 0 ? -1 : 0;
}

UK_TESTCASE(lwip_sockets_testsuite, inet_conversions)
{
	struct in_addr in;
	char buf[INET_ADDRSTRLEN];
	unsigned char raw[4];

	UK_TEST_EXPECT_UNUM_EQ(inet_addr("10.0.2.15"), htonl(0x0a00020f));
	UK_TEST_EXPECT_SNUM_EQ(inet_aton("172.44.0.2", &in), 1);
	UK_TEST_EXPECT_UNUM_EQ(in.s_addr, htonl(0xac2c0002));
	UK_TEST_EXPECT_ZERO(strcmp(inet_ntoa(in), "172.44.0.2"));
	UK_TEST_EXPECT_SNUM_EQ(inet_aton("172.44.0.256", &in), 0);
	UK_TEST_EXPECT_SNUM_EQ(inet_pton(AF_INET, "192.168.1.2", raw), 1);
	UK_TEST_EXPECT_UNUM_EQ(raw[0], 192);
	UK_TEST_EXPECT_UNUM_EQ(raw[3], 2);
	UK_TEST_EXPECT_SNUM_EQ(inet_pton(AF_INET, "not an address", raw), 0);
	UK_TEST_EXPECT_NOT_NULL(inet_ntop(AF_INET, raw, buf, sizeof(buf)));
	UK_TEST_EXPECT_ZERO(strcmp(buf, "192.168.1.2"));
	UK_TEST_EXPECT_NULL(inet_ntop(AF_INET, raw, buf, 4));
}

UK_TESTCASE(lwip_sockets_testsuite, getaddrinfo_numeric_and_local)
{
	struct addrinfo hints, *res = NULL;
	struct sockaddr_in *sin;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_INET;
	hints.ai_socktype = SOCK_STREAM;
	UK_TEST_ASSERT(getaddrinfo("127.0.0.1", "8123", &hints, &res) == 0);
	UK_TEST_ASSERT(res != NULL);
	UK_TEST_EXPECT_SNUM_EQ(res->ai_family, AF_INET);
	sin = (struct sockaddr_in *)res->ai_addr;
	UK_TEST_EXPECT_UNUM_EQ(sin->sin_port, htons(8123));
	UK_TEST_EXPECT_UNUM_EQ(sin->sin_addr.s_addr, htonl(INADDR_LOOPBACK));
	freeaddrinfo(res);

	res = NULL;
	UK_TEST_ASSERT(getaddrinfo("localhost", NULL, &hints, &res) == 0);
	sin = (struct sockaddr_in *)res->ai_addr;
	UK_TEST_EXPECT_UNUM_EQ(sin->sin_addr.s_addr, htonl(INADDR_LOOPBACK));
	freeaddrinfo(res);

	/* No DNS server is configured here: the name cannot resolve */
	res = NULL;
	UK_TEST_EXPECT(getaddrinfo("no-such-host.invalid", NULL, &hints,
				   &res) != 0);
	UK_TEST_EXPECT_NULL(res);
	UK_TEST_EXPECT_NOT_NULL(gai_strerror(EAI_NONAME));
}

UK_TESTCASE(lwip_sockets_testsuite, tcp_loopback_send_recv_read_write)
{
	struct sockaddr_in name;
	socklen_t len = sizeof(name);
	int srv, a, b;
	char buf[16];

	UK_TEST_ASSERT(tcp_pair(TEST_PORT, &srv, &a, &b) == 0);
	UK_TEST_EXPECT(a >= 3 && b >= 3 && srv >= 3);
	UK_TEST_EXPECT_SNUM_EQ(send(a, "ping", 4, 0), 4);
	UK_TEST_EXPECT_SNUM_EQ(recv(b, buf, sizeof(buf), 0), 4);
	UK_TEST_EXPECT_ZERO(memcmp(buf, "ping", 4));
	/* read/write reach sockets through nolibc's descriptor hook */
	UK_TEST_EXPECT_SNUM_EQ(write(b, "pong!", 5), 5);
	UK_TEST_EXPECT_SNUM_EQ(read(a, buf, sizeof(buf)), 5);
	UK_TEST_EXPECT_ZERO(memcmp(buf, "pong!", 5));

	UK_TEST_EXPECT_ZERO(getsockname(b, (struct sockaddr *)&name, &len));
	UK_TEST_EXPECT_UNUM_EQ(name.sin_port, htons(TEST_PORT));
	len = sizeof(name);
	UK_TEST_EXPECT_ZERO(getpeername(b, (struct sockaddr *)&name, &len));
	UK_TEST_EXPECT_UNUM_EQ(name.sin_addr.s_addr, htonl(INADDR_LOOPBACK));

	/* shutdown: the other side reads end of stream */
	UK_TEST_EXPECT_ZERO(shutdown(a, SHUT_WR));
	UK_TEST_EXPECT_SNUM_EQ(recv(b, buf, sizeof(buf), 0), 0);
	UK_TEST_EXPECT_ZERO(close(a));
	UK_TEST_EXPECT_ZERO(close(b));
	UK_TEST_EXPECT_ZERO(close(srv));
	/* closed descriptors are gone */
	UK_TEST_EXPECT_SNUM_EQ(close(a), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBADF);
}

UK_TESTCASE(lwip_sockets_testsuite, poll_select_nonblocking)
{
	struct timeval tv = { 0, 0 };
	struct pollfd pfd;
	int srv, a, b, flags;
	char buf[8];
	fd_set rd;

	UK_TEST_ASSERT(tcp_pair(TEST_PORT + 1, &srv, &a, &b) == 0);
	pfd.fd = b;
	pfd.events = POLLIN;
	pfd.revents = 0;
	UK_TEST_EXPECT_SNUM_EQ(poll(&pfd, 1, 0), 0);
	FD_ZERO(&rd);
	FD_SET(b, &rd);
	UK_TEST_EXPECT_SNUM_EQ(select(b + 1, &rd, NULL, NULL, &tv), 0);

	flags = fcntl(b, F_GETFL, 0);
	UK_TEST_EXPECT_ZERO(fcntl(b, F_SETFL, flags | O_NONBLOCK));
	UK_TEST_EXPECT_SNUM_EQ(recv(b, buf, sizeof(buf), 0), -1);
	UK_TEST_EXPECT(errno == EAGAIN || errno == EWOULDBLOCK);

	UK_TEST_EXPECT_SNUM_EQ(send(a, "x", 1, 0), 1);
	UK_TEST_EXPECT_SNUM_EQ(poll(&pfd, 1, 2000), 1);
	UK_TEST_EXPECT(pfd.revents & POLLIN);
	FD_ZERO(&rd);
	FD_SET(b, &rd);
	tv.tv_sec = 2;
	UK_TEST_EXPECT_SNUM_EQ(select(b + 1, &rd, NULL, NULL, &tv), 1);
	UK_TEST_EXPECT(FD_ISSET(b, &rd));
	UK_TEST_EXPECT_SNUM_EQ(recv(b, buf, sizeof(buf), 0), 1);
	/* a descriptor that is not a socket */
	pfd.fd = 1;
	UK_TEST_EXPECT_SNUM_EQ(poll(&pfd, 1, 0), 1);
	UK_TEST_EXPECT(pfd.revents & POLLNVAL);
	close(a);
	close(b);
	close(srv);
}

UK_TESTCASE(lwip_sockets_testsuite, udp_loopback)
{
	struct sockaddr_in to = loopback(TEST_PORT + 2), from;
	struct sockaddr_in any = loopback(0);
	socklen_t len = sizeof(from);
	int rx, tx;
	char buf[16];

	rx = socket(AF_INET, SOCK_DGRAM, 0);
	tx = socket(AF_INET, SOCK_DGRAM, 0);
	UK_TEST_ASSERT(rx >= 0 && tx >= 0);
	UK_TEST_ASSERT(bind(rx, (struct sockaddr *)&to, sizeof(to)) == 0);
	UK_TEST_ASSERT(bind(tx, (struct sockaddr *)&any, sizeof(any)) == 0);
	UK_TEST_EXPECT_SNUM_EQ(sendto(tx, "datagram", 8, 0,
				      (struct sockaddr *)&to, sizeof(to)), 8);
	UK_TEST_EXPECT_SNUM_EQ(recvfrom(rx, buf, sizeof(buf), 0,
					(struct sockaddr *)&from, &len), 8);
	UK_TEST_EXPECT_ZERO(memcmp(buf, "datagram", 8));
	UK_TEST_EXPECT_UNUM_EQ(from.sin_addr.s_addr, htonl(INADDR_LOOPBACK));
	UK_TEST_EXPECT(from.sin_port != 0);
	close(rx);
	close(tx);
}

UK_TESTCASE(lwip_sockets_testsuite, options_and_errors)
{
	struct sockaddr_in addr = loopback(TEST_PORT + 3);
	struct timeval tv = { 0, 100000 };
	int srv, a, b, v = 1, s2;
	socklen_t len = sizeof(v);
	char buf[4];

	UK_TEST_ASSERT(tcp_pair(TEST_PORT + 3, &srv, &a, &b) == 0);
	UK_TEST_EXPECT_ZERO(setsockopt(a, IPPROTO_TCP, TCP_NODELAY, &v,
				       sizeof(v)));
	v = 0;
	UK_TEST_EXPECT_ZERO(getsockopt(a, IPPROTO_TCP, TCP_NODELAY, &v,
				       &len));
	UK_TEST_EXPECT(v != 0);
	len = sizeof(v);
	UK_TEST_EXPECT_ZERO(getsockopt(a, SOL_SOCKET, SO_TYPE, &v, &len));
	UK_TEST_EXPECT_SNUM_EQ(v, SOCK_STREAM);
	/* a receive timeout turns a blocking recv into EAGAIN */
	UK_TEST_EXPECT_ZERO(setsockopt(b, SOL_SOCKET, SO_RCVTIMEO, &tv,
				       sizeof(tv)));
	UK_TEST_EXPECT_SNUM_EQ(recv(b, buf, sizeof(buf), 0), -1);
	UK_TEST_EXPECT(errno == EAGAIN || errno == EWOULDBLOCK);

	/* the port is taken */
	s2 = socket(AF_INET, SOCK_STREAM, 0);
	UK_TEST_EXPECT_SNUM_EQ(bind(s2, (struct sockaddr *)&addr,
				    sizeof(addr)), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EADDRINUSE);
	close(s2);
	/* unsupported type, bad descriptor */
	UK_TEST_EXPECT_SNUM_EQ(socket(AF_INET, 99, 0), -1);
	UK_TEST_EXPECT_SNUM_EQ(send(999, "x", 1, 0), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, EBADF);
	close(a);
	close(b);
	close(srv);
}

/* Take every byte the heap has left: a chain of blocks, big to small */
static void **exhaust_heap(void)
{
	static const size_t sizes[] = { 65536, 4096, 256, 32 };
	void **chain = NULL, **blk;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		while ((blk = malloc(sizes[i]))) {
			*blk = chain;
			chain = blk;
		}
	}
	return chain;
}

static void release_heap(void **chain)
{
	void **next;

	for (; chain; chain = next) {
		next = *chain;
		free(chain);
	}
}

UK_TESTCASE(lwip_sockets_testsuite, out_of_memory_fails_then_recovers)
{
	static char big[8192];
	ssize_t sent, got;
	int srv, a, b, s2, s2_errno;
	void **heap;
	char buf[8];

	UK_TEST_ASSERT(tcp_pair(TEST_PORT + 5, &srv, &a, &b) == 0);
	/* Nothing may print while the heap is empty: results wait */
	heap = exhaust_heap();
	sent = send(a, big, sizeof(big), MSG_DONTWAIT);
	s2 = socket(AF_INET, SOCK_STREAM, 0);
	s2_errno = errno;
	release_heap(heap);

	UK_TEST_EXPECT(heap != NULL);
	/* lwIP could not queue (all of) the data, and said so */
	UK_TEST_EXPECT(sent < (ssize_t)sizeof(big));
	/* a socket needs a mailbox from the heap */
	UK_TEST_EXPECT_SNUM_EQ(s2, -1);
	UK_TEST_EXPECT(s2_errno == ENOMEM || s2_errno == ENFILE ||
		       s2_errno == ENOBUFS);
	/* with memory back, the same connection carries data again */
	struct timeval tv = { 5, 0 };

	setsockopt(b, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	if (sent > 0) {
		/* drain what went through */
		while (sent > 0 && (got = recv(b, big, sizeof(big), 0)) > 0)
			sent -= got;
	}
	UK_TEST_EXPECT_SNUM_EQ(send(a, "back", 4, 0), 4);
	UK_TEST_EXPECT_SNUM_EQ(recv(b, buf, 4, 0), 4);
	UK_TEST_EXPECT_ZERO(memcmp(buf, "back", 4));
	close(a);
	close(b);
	close(srv);
}

#if CONFIG_LIBVFSCORE
UK_TESTCASE(lwip_sockets_testsuite, sockets_are_vfscore_files)
{
	struct stat st;
	int srv, a, b, d;
	char buf[8];

	UK_TEST_ASSERT(tcp_pair(TEST_PORT + 4, &srv, &a, &b) == 0);
	UK_TEST_EXPECT_ZERO(fstat(a, &st));
	UK_TEST_EXPECT(S_ISSOCK(st.st_mode));
	/* a duplicate reaches the same socket; closing it keeps it open */
	d = dup(a);
	UK_TEST_ASSERT(d >= 0 && d != a);
	UK_TEST_EXPECT_SNUM_EQ(write(d, "dup", 3), 3);
	UK_TEST_EXPECT_ZERO(close(d));
	UK_TEST_EXPECT_SNUM_EQ(read(b, buf, sizeof(buf)), 3);
	UK_TEST_EXPECT_SNUM_EQ(send(a, "ok", 2, 0), 2);
	UK_TEST_EXPECT_SNUM_EQ(recv(b, buf, sizeof(buf), 0), 2);
	/* the console is a file, not a socket */
	UK_TEST_EXPECT_SNUM_EQ(send(1, "x", 1, 0), -1);
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOTSOCK);
	/* vfscore's fcntl(O_NONBLOCK) reaches the socket */
	UK_TEST_EXPECT_ZERO(fcntl(b, F_SETFL, O_NONBLOCK));
	UK_TEST_EXPECT_SNUM_EQ(read(b, buf, sizeof(buf)), -1);
	UK_TEST_EXPECT(errno == EAGAIN || errno == EWOULDBLOCK);
	UK_TEST_EXPECT_ZERO(close(a));
	UK_TEST_EXPECT_ZERO(close(b));
	UK_TEST_EXPECT_ZERO(close(srv));
}

static int duplex_a, duplex_b;

/* Writes on the descriptor the main thread is blocked reading */
static void duplex_writer(void *arg __unused)
{
	uk_sched_thread_sleep(50000000ULL);
	write(duplex_b, "t", 1);
	write(duplex_a, "x", 1);
}

UK_TESTCASE(lwip_sockets_testsuite, read_and_write_one_socket_at_once)
{
	struct timeval tv = { 3, 0 };
	int srv;
	char c = 0;

	UK_TEST_ASSERT(tcp_pair(TEST_PORT + 6, &srv, &duplex_a,
				&duplex_b) == 0);
	setsockopt(duplex_b, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	UK_TEST_ASSERT(uk_thread_create("duplex", duplex_writer, NULL));
	/* blocks until the writer's second write; its first one, on this
	 * same descriptor, must not wait for this read */
	UK_TEST_EXPECT_SNUM_EQ(read(duplex_b, &c, 1), 1);
	UK_TEST_EXPECT_SNUM_EQ(c, 'x');
	UK_TEST_EXPECT_SNUM_EQ(read(duplex_a, &c, 1), 1);
	UK_TEST_EXPECT_SNUM_EQ(c, 't');
	close(duplex_a);
	close(duplex_b);
	close(srv);
}
#endif

uk_testsuite_register(lwip_sockets_testsuite, NULL);
