package io.corroborate.feeds;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses; the system resolver by default, a fixed table in tests. */
@FunctionalInterface
public interface HostResolver {

  /** The system's resolver. */
  HostResolver SYSTEM = InetAddress::getAllByName;

  /** Every address of a host, or an exception when it has none. */
  InetAddress[] resolve(String host) throws UnknownHostException;
}
