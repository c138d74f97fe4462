#!/usr/bin/env python3
"""Loopback load test for `corroborate serve`: a fixed request rate (open loop, latency measured
from each request's scheduled time, so a stalled server cannot hide its queue), then saturation
(closed loop). Bounded in time; refuses any address that is not loopback.

  python3 bench/web/load.py --base http://127.0.0.1:8080 --path /stories/s1 --rate 200 --seconds 30
"""
import argparse
import http.client
import ipaddress
import socket
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

local = threading.local()


def connection(host, port):
    c = getattr(local, "conn", None)
    if c is None:
        c = http.client.HTTPConnection(host, port, timeout=10)
        local.conn = c
    return c


def fetch(host, port, path):
    for attempt in range(2):
        c = connection(host, port)
        try:
            c.request("GET", path)
            r = c.getresponse()
            r.read()
            return r.status
        except (http.client.HTTPException, OSError):
            c.close()
            local.conn = None
            if attempt == 1:
                return -1
    return -1


def percentile(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100.0 * (len(s) - 1))))]


def fixed_rate(host, port, path, rate, seconds, workers):
    lat, errors = [], [0]
    lock = threading.Lock()
    start = time.perf_counter() + 0.2

    def one(scheduled):
        delay = scheduled - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        status = fetch(host, port, path)
        took = time.perf_counter() - scheduled
        with lock:
            lat.append(took)
            if status != 200:
                errors[0] += 1

    n = int(rate * seconds)
    with ThreadPoolExecutor(workers) as pool:
        for i in range(n):
            scheduled = start + i / rate
            while time.perf_counter() < scheduled - 0.05:
                time.sleep(0.01)
            pool.submit(one, scheduled)
    elapsed = time.perf_counter() - start
    return n / elapsed, lat, errors[0]


def saturation(host, port, path, seconds, workers):
    count, errors = [0], [0]
    lat = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def loop():
        while time.perf_counter() < stop:
            t = time.perf_counter()
            status = fetch(host, port, path)
            with lock:
                count[0] += 1
                lat.append(time.perf_counter() - t)
                if status != 200:
                    errors[0] += 1

    threads = [threading.Thread(target=loop) for _ in range(workers)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return count[0] / (time.perf_counter() - t0), lat, errors[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--path", action="append", required=True)
    ap.add_argument("--rate", type=float, default=200)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--saturation-seconds", type=float, default=10)
    ap.add_argument("--workers", type=int, default=32)
    a = ap.parse_args()
    u = urllib.parse.urlparse(a.base)
    if not ipaddress.ip_address(socket.gethostbyname(u.hostname)).is_loopback:
        raise SystemExit("refusing a non-loopback target: " + a.base)
    if a.seconds + a.saturation_seconds > 60:
        raise SystemExit("bounded to a minute per path")
    for path in a.path:
        fetch(u.hostname, u.port, path)  # warm up
        for _ in range(200):
            fetch(u.hostname, u.port, path)
        rps, lat, err = fixed_rate(u.hostname, u.port, path, a.rate, a.seconds, a.workers)
        print(f"{path}: fixed {a.rate:.0f}/s for {a.seconds:.0f}s: achieved {rps:.0f}/s,"
              f" p50 {percentile(lat, 50) * 1000:.1f} ms, p99 {percentile(lat, 99) * 1000:.1f} ms,"
              f" errors {err} of {len(lat)}")
        rps, lat, err = saturation(u.hostname, u.port, path, a.saturation_seconds, 8)
        print(f"{path}: saturation (8 connections): {rps:.0f}/s,"
              f" p99 {percentile(lat, 99) * 1000:.1f} ms, errors {err} of {len(lat)}")


if __name__ == "__main__":
    main()
