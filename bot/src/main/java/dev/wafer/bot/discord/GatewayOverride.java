package dev.wafer.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Asks Discord for the gateway as usual ({@code GET /gateway/bot}: shard count and concurrency),
 * but connects to {@code gatewayUrl} when one is configured — a proxy, or the fake Discord in the
 * tests. Only the address changes; compression, intents and identify are JDA's own — including the
 * identify concurrency Discord grants large bots, so their shards log in side by side rather than one
 * every five seconds (JDA's default session controller for a shard manager does the same).
 */
final class GatewayOverride extends ConcurrentSessionController {

    private final String gatewayUrl;

    GatewayOverride(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return gatewayUrl == null ? discord
                : new ShardedGateway(gatewayUrl, discord.getShardTotal(), discord.getConcurrency());
    }

    @Override
    public String getGateway() {
        return gatewayUrl == null ? super.getGateway() : gatewayUrl;
    }
}
