#!/bin/sh
# stream.sh — memory stays flat however long the input: the same small
# documents streamed 10x and 100x through `dyad extract -j 2`, peak RSS
# printed for both (it should not grow with the input).
set -eu
BUILD=${BUILD:-build}
record='{"id":"x","outlet":"Wire","text":"Ministers meet to discuss the grain corridor\n\nANKARA (Wire) - Foreign ministers from both countries met on Tuesday to discuss the grain corridor, officials said.\n\n\"We are ready to continue talks,\" the minister told reporters after the meeting.\n\nShare this article\n\nSubscribe"}'
for n in 20000 200000; do
    yes "$record" | head -n "$n" | "$BUILD/dyad" extract -j 2 --stats -o /dev/null 2>&1 | sed "s/^dyad:/stream $n records:/"
done
