#!/usr/bin/env python3
"""One chat of a hostile shape, about SIZE bytes of transcript, as CSV on stdout.

    python3 bench/hostile_chats.py --list
    python3 bench/hostile_chats.py SHAPE SIZE [ORIGIN]

Each shape repeats what one part of triage reads around a phrase, an address or a line (a
long line dense in titles, many speakers, addresses without spaces...), so that a reading whose
cost grows faster than the text shows as a time that grows faster than SIZE (bench/hostile.sh).
"""
import sys

HEADER = b'id,started_at,resolution,library,patron_email,question,transcript\n'


def rep(unit, n):
    return unit * max(1, n // len(unit))


SHAPES = {
    'phrases-on-one-line': lambda n: b'Guest: ' + rep(b'my landlord wants to evict me from the lease, I need a lawyer ', n),
    'titles-on-one-line': lambda n: b'Guest: ' + rep(b'the book Evicted by Desmond and the movie Law Abiding Citizen ', n),
    'quotes-on-one-line': lambda n: b'Guest: ' + rep(b'"the court" and \'law\' \xe2\x80\x9cwill\xe2\x80\x9d ', n),
    'urls-on-one-line': lambda n: b'Guest: ' + rep(b'https://www.peoples-law.org/court/law/evict?x=court&y=law ', n),
    'places-on-one-line': lambda n: b'Guest: ' + rep(b'I live in Howard County near Baltimore County Public Library and Frederick ', n),
    'places-on-many-lines': lambda n: rep(b'Guest: I live in Howard County\n', n),
    'addresses-without-spaces': lambda n: b'Guest: ' + rep(b'a@b.c@', n),
    'same-address-with-commas': lambda n: b'Guest: ' + rep(b'jane@gmail.com,', n),
    'different-addresses': lambda n: b'Guest: ' + b''.join(
        b'q%xz@gmail.com and ' % (i * 2654435761 % 1000003) for i in range(n // 26)),
    'unanswered-questions': lambda n: b'Guest: hi\n' + rep(b'Librarian: ok?\n', n),
    'a-new-speaker-a-line': lambda n: b''.join(b'10:00 - Person%d: hello\n' % i for i in range(n // 24)),
    'long-words': lambda n: b'Guest: ' + rep(b'a' * 300 + b' ', n),
    'entities': lambda n: b'Guest: ' + rep(b'&amp; &lt;b&gt; &#39; ', n),
}


def main():
    if sys.argv[1:] == ['--list']:
        print('\n'.join(SHAPES))
        return
    shape, size = sys.argv[1], int(sys.argv[2])
    origin = sys.argv[3].encode() if len(sys.argv) > 3 else b'Maryland AskUsNow! Public Library'
    text = SHAPES[shape](size).replace(b'"', b'""')
    sys.stdout.buffer.write(HEADER + b'1,2024-11-01T10:00:00-04:00,Follow Up By Patron Library,'
                            + origin + b',,q,"' + text + b'"\n')


if __name__ == '__main__':
    main()
