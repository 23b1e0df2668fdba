package dev.wafer.bot.discord;

import dev.wafer.bot.follow.Follow;
import dev.wafer.bot.follow.Follows;
import dev.wafer.bot.format.FollowText;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Posts follow updates on Discord: in the following channel, or in the follower's direct messages.
 * Each process posts for the servers its shards run; direct messages go from the process that runs
 * shard 0, so two processes never both send one. Messages ping no one and show no link previews.
 */
final class FollowPoster implements Follows.Delivery {

    private final ShardManager shards;

    FollowPoster(ShardManager shards) {
        this.shards = shards;
    }

    @Override
    public boolean reaches(Follow follow) {
        if (follow.onConsole()) {
            return false;
        }
        if (follow.inChannel()) {
            return shards.getGuildById(follow.guild()) != null;
        }
        return shards.getShardById(0) != null;
    }

    @Override
    public void send(Follows.Update update) {
        Follow follow = update.follow();
        var message = Messages.create(FollowText.discord(update));
        if (follow.inChannel()) {
            TextChannel channel = shards.getTextChannelById(follow.channel());
            if (channel == null || !channel.canTalk()) {
                throw new IllegalStateException("cannot post in channel " + follow.channel()
                        + ": Wafer cannot see it or may not send messages there");
            }
            channel.sendMessage(message).setSuppressEmbeds(true).complete();
        } else {
            shards.retrieveUserById(follow.owner()).complete().openPrivateChannel().complete()
                    .sendMessage(message).setSuppressEmbeds(true).complete();
        }
    }
}
