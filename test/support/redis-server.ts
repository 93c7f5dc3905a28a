// The same launcher the several-instances benchmark uses: a redis-server of its own on a free loopback port.
export { startRedisServer, type RedisServer } from '../../bench/redis-server-process';
