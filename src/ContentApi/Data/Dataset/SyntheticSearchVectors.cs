using System.Buffers.Binary;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Data.Dataset;

/// <summary>
/// The three search vectors of a generated article, assembled here rather than by the server's trigger
/// (articles_search_vectors): to_tsvector costs PostgreSQL ~0.9 ms a body, which was two thirds of a million-article
/// seed. The synthetic text is words from a known vocabulary between spaces, commas, full stops and tags, so
/// PostgreSQL is asked once, up front, for each word's lexeme (or that it is a stop word), and each article's vectors
/// are put together the way to_tsvector and || would: every word takes a position, stop words too, tags do not; each
/// part (title A, summary B, body C) starts after the last lexeme position of the parts before it. Anything outside
/// that (another character, an unknown word, more positions than a tsvector keeps) throws rather than guesses.
/// DatasetGeneratorTests checks the result against the trigger's own.
/// </summary>
internal sealed class SyntheticSearchVectors
{
    private const int MaxPosition = 16_383;
    private const int MaxPositionsPerLexeme = 255;
    private const int PositionBits = 14;

    // A key sorts as tsvector orders entries: lexeme number, then position; the weight rides in the low two bits.
    private const int WeightBits = 2;
    private const int WeightMask = 3;
    private const int KeyShift = PositionBits + WeightBits;
    private const int MaxLexemes = 1 << (31 - KeyShift);

    private readonly Dictionary<string, Vocabulary> _vocabularies;

    private SyntheticSearchVectors(Dictionary<string, Vocabulary> vocabularies) => _vocabularies = vocabularies;

    /// <summary>Asks PostgreSQL for the lexeme of every word the generator can write, in each language's configuration.</summary>
    public static async Task<SyntheticSearchVectors> LoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var vocabularies = new Dictionary<string, Vocabulary>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var language in ArticleText.Languages)
        {
            var words = ArticleText.Vocabulary(language).ToArray();
            await using var command = new NpgsqlCommand(
                "SELECT word, ARRAY(SELECT lexeme FROM unnest(to_tsvector(@configuration::regconfig, word))) FROM unnest(@words) AS word",
                connection);
            command.Parameters.AddWithValue("configuration", SearchVector.ConfigurationFor(language));
            command.Parameters.AddWithValue("words", words);
            var lexemes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var word = reader.GetString(0);
                    var found = reader.GetFieldValue<string[]>(1);
                    if (found.Length > 1 || !word.All(char.IsLetter))
                    {
                        throw new InvalidOperationException($"'{word}' is not one word to the text search parser; the vectors would not match.");
                    }

                    lexemes[word] = found.Length == 1 ? found[0] : null;
                }
            }

            vocabularies[language] = new Vocabulary(lexemes);
        }

        return new SyntheticSearchVectors(vocabularies);
    }

    /// <summary>One per COPY stream: it reuses its buffers from article to article.</summary>
    public Writer CreateWriter() => new(this);

    internal sealed class Writer(SyntheticSearchVectors vectors)
    {
        private readonly List<int> _title = new(32);
        private readonly List<int> _summary = new(64);
        private readonly List<int> _body = new(1_024);
        private int[] _sorted = new int[1_024];
        private byte[] _buffer = new byte[16 * 1024];

        /// <summary>Writes title_vector, headline_vector and search_vector, in that order, as three COPY fields.</summary>
        public void Write(NpgsqlBinaryImporter importer, string language, string titleText, string summaryText, string bodyHtml)
        {
            var vocabulary = vectors._vocabularies[language];
            var titleEnd = Collect(vocabulary, titleText, 0, _title);
            var headlineEnd = Collect(vocabulary, summaryText, titleEnd, _summary);
            Collect(vocabulary, bodyHtml, headlineEnd, _body);

            WriteVector(importer, vocabulary, (_title, Weight.D));
            WriteVector(importer, vocabulary, (_title, Weight.A), (_summary, Weight.B));
            WriteVector(importer, vocabulary, (_title, Weight.A), (_summary, Weight.B), (_body, Weight.C));
        }

        /// <summary>
        /// Adds one key per lexeme occurrence (its number, then its position after <paramref name="offset"/>) and
        /// returns the last lexeme's position: the offset of the next part, as || computes it.
        /// </summary>
        private static int Collect(Vocabulary vocabulary, string text, int offset, List<int> keys)
        {
            keys.Clear();
            var position = 0;
            var last = offset;
            for (var index = 0; index < text.Length;)
            {
                var character = text[index];
                if (char.IsLetter(character))
                {
                    var start = index;
                    while (index < text.Length && char.IsLetter(text[index]))
                    {
                        index++;
                    }

                    position++;
                    var rank = vocabulary.RankOf(text.AsSpan(start, index - start));
                    if (rank >= 0)
                    {
                        last = offset + position;
                        if (last > MaxPosition)
                        {
                            throw new NotSupportedException("The synthetic text is longer than a tsvector's positions.");
                        }

                        keys.Add((rank << KeyShift) | (last << WeightBits));
                    }
                }
                else if (character == '<' && text.IndexOf('>', index) is var close and > 0)
                {
                    index = close + 1;
                }
                else if (character is ' ' or ',' or '.')
                {
                    index++;
                }
                else
                {
                    throw new InvalidOperationException($"'{character}' is not in the synthetic text's alphabet.");
                }
            }

            return last;
        }

        /// <summary>tsvector's binary format: lexeme count, then each lexeme in order, NUL, and its positions ascending.</summary>
        private void WriteVector(NpgsqlBinaryImporter importer, Vocabulary vocabulary, params ReadOnlySpan<(List<int> Keys, Weight Weight)> parts)
        {
            var count = 0;
            foreach (var part in parts)
            {
                count += part.Keys.Count;
            }

            if (_sorted.Length < count)
            {
                _sorted = new int[count * 2];
            }

            var keys = _sorted.AsSpan(0, count);
            var filled = 0;
            foreach (var (partKeys, weight) in parts)
            {
                foreach (var key in partKeys)
                {
                    keys[filled++] = key | (int)weight;
                }
            }

            keys.Sort();
            var length = 4;
            var lexemes = 0;
            for (var index = 0; index < keys.Length; lexemes++)
            {
                var rank = keys[index] >> KeyShift;
                var end = index + 1;
                while (end < keys.Length && keys[end] >> KeyShift == rank)
                {
                    end++;
                }

                if (end - index > MaxPositionsPerLexeme)
                {
                    throw new NotSupportedException("A lexeme repeats more often than to_tsvector keeps positions.");
                }

                var text = vocabulary.Lexemes[rank];
                Ensure(length + text.Length + 3 + 2 * (end - index));
                text.CopyTo(_buffer, length);
                length += text.Length;
                _buffer[length++] = 0;
                BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(length), (ushort)(end - index));
                length += 2;
                for (; index < end; index++)
                {
                    // WordEntryPos: the weight in the top two bits, the position in the other fourteen.
                    var key = keys[index];
                    var entry = ((key & WeightMask) << PositionBits) | ((key >> WeightBits) & MaxPosition);
                    BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(length), (ushort)entry);
                    length += 2;
                }
            }

            BinaryPrimitives.WriteInt32BigEndian(_buffer, lexemes);
            // Binary COPY sends each field in its column type's binary form, which the client does not check: these
            // bytes are a tsvector, and PostgreSQL's tsvector_recv validates them.
            importer.Write(new ReadOnlyMemory<byte>(_buffer, 0, length), NpgsqlDbType.Bytea);
        }

        private void Ensure(int length)
        {
            if (_buffer.Length < length)
            {
                Array.Resize(ref _buffer, Math.Max(length, _buffer.Length * 2));
            }
        }
    }

    /// <summary>PostgreSQL's weight codes: D is 0 (none), A is 3.</summary>
    private enum Weight
    {
        D = 0,
        C = 1,
        B = 2,
        A = 3,
    }

    /// <summary>
    /// A language's words and lexemes. Lexemes are numbered in tsvector order (their UTF-8 bytes), so sorting keys
    /// by number sorts a vector's lexemes as PostgreSQL stores them.
    /// </summary>
    private sealed class Vocabulary
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ranks;

        public Vocabulary(Dictionary<string, string?> lexemeOfWord)
        {
            Lexemes = [.. lexemeOfWord.Values.OfType<string>().Distinct().Select(Encoding.UTF8.GetBytes)
                .Order(Comparer<byte[]>.Create((left, right) => left.AsSpan().SequenceCompareTo(right)))];
            var rankOfLexeme = Lexemes.Select((bytes, rank) => (Text: Encoding.UTF8.GetString(bytes), Rank: rank))
                .ToDictionary(pair => pair.Text, pair => pair.Rank, StringComparer.Ordinal);
            // The text holds each word as the vocabulary spells it or capitalized; an ordinal lookup of both is the fastest.
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (word, lexeme) in lexemeOfWord)
            {
                var rank = lexeme is null ? -1 : rankOfLexeme[lexeme];
                words[word] = rank;
                words[char.ToUpperInvariant(word[0]) + word[1..]] = rank;
            }

            _ranks = words.GetAlternateLookup<ReadOnlySpan<char>>();
            if (Lexemes.Length >= MaxLexemes)
            {
                throw new NotSupportedException($"More than {MaxLexemes:N0} lexemes do not fit the sort keys.");
            }
        }

        public byte[][] Lexemes { get; }

        /// <summary>The lexeme's number, or -1 for a stop word (which still takes a position).</summary>
        public int RankOf(ReadOnlySpan<char> word) => _ranks.TryGetValue(word, out var rank)
            ? rank
            : throw new InvalidOperationException($"'{word}' is not in the vocabulary asked of PostgreSQL.");
    }
}
