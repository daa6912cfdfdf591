/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lwIP's configuration, derived from the menuconfig options (Config.uk):
 * threaded (NO_SYS=0) with core locking, memory from the C library's
 * malloc (so ukalloc's statistics see it) and fixed pools for protocol
 * control blocks, POSIX names provided by the glue (sockets.c) rather
 * than lwIP's compatibility macros.
 */
#ifndef __LWIP_LWIPOPTS_H__
#define __LWIP_LWIPOPTS_H__

#include <uk/config.h>

/* --- threads and locking ---------------------------------------------- */
#define NO_SYS				0
#define SYS_LIGHTWEIGHT_PROT		1
#define LWIP_TCPIP_CORE_LOCKING		1
#define LWIP_TCPIP_CORE_LOCKING_INPUT	0
#define TCPIP_THREAD_NAME		"lwip"
#define TCPIP_THREAD_STACKSIZE		0	/* uksched's size */
#define TCPIP_THREAD_PRIO		0
#define DEFAULT_THREAD_STACKSIZE	0
#define TCPIP_MBOX_SIZE			CONFIG_LWIP_MBOX_SIZE
#define DEFAULT_RAW_RECVMBOX_SIZE	CONFIG_LWIP_MBOX_SIZE
#define DEFAULT_UDP_RECVMBOX_SIZE	CONFIG_LWIP_MBOX_SIZE
#define DEFAULT_TCP_RECVMBOX_SIZE	CONFIG_LWIP_MBOX_SIZE
#define DEFAULT_ACCEPTMBOX_SIZE		CONFIG_LWIP_MBOX_SIZE
#define LWIP_NETCONN_SEM_PER_THREAD	0
#define LWIP_TIMERS			1

/* --- memory ------------------------------------------------------------- */
#define MEM_LIBC_MALLOC			1
#define MEMP_MEM_MALLOC			0
#define MEM_ALIGNMENT			8
#define MEMP_NUM_PBUF			128
#define PBUF_POOL_SIZE			128
#define MEMP_NUM_TCPIP_MSG_INPKT	CONFIG_LWIP_MBOX_SIZE
#define MEMP_NUM_SYS_TIMEOUT		(LWIP_NUM_SYS_TIMEOUT_INTERNAL + 8)

/* --- protocols ------------------------------------------------------------ */
#if CONFIG_LWIP_IPV4
#define LWIP_IPV4	1
#else
#define LWIP_IPV4	0
#endif
#if CONFIG_LWIP_IPV6
#define LWIP_IPV6	1
#else
#define LWIP_IPV6	0
#endif
#if CONFIG_LWIP_ICMP
#define LWIP_ICMP	1
#else
#define LWIP_ICMP	0
#endif
#if CONFIG_LWIP_UDP
#define LWIP_UDP	1
#else
#define LWIP_UDP	0
#endif
#if CONFIG_LWIP_TCP
#define LWIP_TCP	1
#else
#define LWIP_TCP	0
#endif
#if CONFIG_LWIP_DHCP
#define LWIP_DHCP	1
#else
#define LWIP_DHCP	0
#endif
#if CONFIG_LWIP_DNS
#define LWIP_DNS	1
#else
#define LWIP_DNS	0
#endif
#define LWIP_ARP	LWIP_IPV4
/* Keep every packet sent while an address resolves (a burst of SYN-ACKs
 * at start), not just the last one */
#define ARP_QUEUEING		1
#define MEMP_NUM_ARP_QUEUE	64
#define LWIP_ETHERNET	1
#define LWIP_RAW	1
#define LWIP_IGMP	LWIP_IPV4
#define LWIP_BROADCAST_PING	1
#define LWIP_NETIF_STATUS_CALLBACK	1
#define LWIP_NETIF_LINK_CALLBACK	1
#define LWIP_NETIF_LOOPBACK		1
#define LWIP_HAVE_LOOPIF		1
#define LWIP_LOOPBACK_MAX_PBUFS		32
#define ETH_PAD_SIZE			0
#define LWIP_DHCP_DOES_ACD_CHECK	0
#define DHCP_DOES_ARP_CHECK		0
#define DNS_MAX_SERVERS			2
#define LWIP_DNS_SECURE			0
/* "localhost" resolves without a server, like /etc/hosts */
#define DNS_LOCAL_HOSTLIST		1
#define DNS_LOCAL_HOSTLIST_INIT						\
	{ DNS_LOCAL_HOSTLIST_ELEM("localhost",				\
				  IPADDR4_INIT_BYTES(127, 0, 0, 1)) }

#if LWIP_UDP
#define MEMP_NUM_UDP_PCB	(CONFIG_LWIP_NUM_UDPCON + 4)
#endif

#if LWIP_TCP
#define MEMP_NUM_TCP_PCB	CONFIG_LWIP_NUM_TCPCON
#define MEMP_NUM_TCP_PCB_LISTEN	CONFIG_LWIP_NUM_TCPLISTENERS
#define TCP_MSS			1460
#define TCP_WND			(CONFIG_LWIP_TCP_WND_MSS * TCP_MSS)
#define TCP_SND_BUF		(CONFIG_LWIP_TCP_SND_BUF_MSS * TCP_MSS)
#define TCP_SND_QUEUELEN	(4 * TCP_SND_BUF / TCP_MSS)
#define MEMP_NUM_TCP_SEG	(2 * TCP_SND_QUEUELEN)
#define LWIP_WND_SCALE		1
#define TCP_RCV_SCALE		2
#define TCP_LISTEN_BACKLOG	1
#define TCP_OVERSIZE		TCP_MSS
#define LWIP_TCP_KEEPALIVE	1
#define TCP_QUEUE_OOSEQ		1
/* patches/0003: a new SYN may reopen a connection in TIME-WAIT */
#define LWIP_TCP_TIMEWAIT_REOPEN	1
#endif

/* --- sockets ------------------------------------------------------------ */
#define LWIP_NETCONN		1
#if CONFIG_LWIP_SOCKET
#define LWIP_SOCKET	1
#else
#define LWIP_SOCKET	0
#endif
#define LWIP_COMPAT_SOCKETS	0	/* sockets.c provides the names */
#define LWIP_POSIX_SOCKETS_IO_NAMES 0
#define LWIP_SOCKET_OFFSET	3	/* 0-2 are the console's */
#define LWIP_SOCKET_SELECT	1
#define LWIP_SOCKET_POLL	1
/* struct timeval from <sys/time.h> */
#define LWIP_TIMEVAL_PRIVATE	0
#define LWIP_SO_RCVTIMEO	1
#define LWIP_SO_SNDTIMEO	1
#define LWIP_SO_RCVBUF		1
#define LWIP_SO_LINGER		1
#define SO_REUSE		1
#define LWIP_TCP_CLOSE_TIMEOUT_MS_DEFAULT 5000
#define MEMP_NUM_NETCONN	(CONFIG_LWIP_NUM_TCPCON_OR0 \
				 + CONFIG_LWIP_NUM_TCPLISTENERS_OR0 \
				 + CONFIG_LWIP_NUM_UDPCON_OR0 + 4)
#define LWIP_DNS_API_DECLARE_STRUCTS	1
/* patches/0001 and 0002: the C library's iovec, real inet_* functions */
#define LWIP_IOVEC_FROM_SYS_UIO		1
#define LWIP_INET_FUNCTIONS_EXTERNAL	1
/* patches/0004: poll() marks non-sockets POLLNVAL, as POSIX says */
#define LWIP_POLL_NVAL_IS_EVENT		1

/* --- checks and statistics ------------------------------------------------ */
#define LWIP_STATS		0
#define LWIP_CHECKSUM_ON_COPY	1

#if CONFIG_LWIP_DEBUG
#define LWIP_DEBUG		1
#define LWIP_DBG_MIN_LEVEL	LWIP_DBG_LEVEL_WARNING
#define LWIP_DBG_TYPES_ON	LWIP_DBG_ON
#else
#define LWIP_NOASSERT		1
#endif

/* Options of a disabled protocol do not exist in .config */
#if CONFIG_LWIP_TCP
#define CONFIG_LWIP_NUM_TCPCON_OR0	CONFIG_LWIP_NUM_TCPCON
#define CONFIG_LWIP_NUM_TCPLISTENERS_OR0 CONFIG_LWIP_NUM_TCPLISTENERS
#else
#define CONFIG_LWIP_NUM_TCPCON_OR0	0
#define CONFIG_LWIP_NUM_TCPLISTENERS_OR0 0
#endif
#if CONFIG_LWIP_UDP
#define CONFIG_LWIP_NUM_UDPCON_OR0	CONFIG_LWIP_NUM_UDPCON
#else
#define CONFIG_LWIP_NUM_UDPCON_OR0	0
#endif

#endif /* __LWIP_LWIPOPTS_H__ */
