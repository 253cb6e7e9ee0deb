namespace Employment.IdentityNumbers.Tests;

public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    /// <summary>Valid numbers: region, birth date, sequence, expected sex.</summary>
    public static TheoryData<string, string, string, Sex> Valid => new()
    {
        { "410802", "19900101", "123", Sex.Male },
        { "410802", "20000229", "002", Sex.Female },
        { "410802", "19491001", "998", Sex.Female },
        { "410802", "19680817", "551", Sex.Male },
        { "419001", "19851231", "017", Sex.Male },
        { "419001", "20000229", "036", Sex.Female },
        { "419001", "20250615", "001", Sex.Male }, // born today
        { "419001", "19040101", "100", Sex.Female },
    };

    public static TheoryData<string> ValidNumbers
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var row in Valid)
            {
                data.Add(Build.ResidentId((string)row[0], (string)row[1], (string)row[2]));
            }

            data.Add(WithCheckX());
            data.Add("11010519491231002X");
            return data;
        }
    }

    /// <summary>A valid number whose check character is X (the first such sequence code for 410802/19900101).</summary>
    private static string WithCheckX()
    {
        for (var seq = 0; seq < 1000; seq++)
        {
            var id = Build.ResidentId("410802", "19900101", seq.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
            if (id.EndsWith('X'))
            {
                return id;
            }
        }

        throw new InvalidOperationException("no sequence gives X");
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_numbers_parse_with_their_parts(string region, string birth, string sequence, Sex sex)
    {
        var number = Build.ResidentId(region, birth, sequence);

        Assert.True(ResidentIdNumber.TryParse(number, Today, out var id, out var error), error?.MessageZh);
        Assert.Null(error);
        Assert.Equal(number, id.Value);
        Assert.Equal(region, id.RegionCode);
        Assert.Equal(DateOnly.ParseExact(birth, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), id.BirthDate);
        Assert.Equal(sequence, id.SequenceCode);
        Assert.Equal(sex, id.Sex);
        Assert.Equal(number[17], id.CheckCharacter);
    }

    [Fact]
    public void The_standards_own_example_is_valid()
    {
        // GB 11643-1999 illustrates the check with 11010519491231002X (Beijing Chaoyang, 1949-12-31, sequence 002).
        Assert.Equal("11010519491231002X", Build.ResidentId("110105", "19491231", "002"));
        Assert.True(ResidentIdNumber.TryParse("11010519491231002X", Today, out var id, out _));
        Assert.Equal(Sex.Female, id.Sex);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal('X', ResidentIdNumber.ComputeCheckCharacter("11010519491231002"));
    }

    [Fact]
    public void Lower_case_x_is_accepted_and_normalised()
    {
        var upper = WithCheckX();
        var lower = upper[..17] + "x";

        Assert.True(ResidentIdNumber.TryParse(lower, Today, out var id, out _));
        Assert.Equal(upper, id.Value);
        Assert.EndsWith("X", id.Masked, StringComparison.Ordinal);
        Assert.Equal(ResidentIdNumber.Parse(upper, Today), id);
    }

    [Fact]
    public void Surrounding_white_space_is_ignored()
    {
        var number = Build.ResidentId("410802", "19900101", "123");
        Assert.True(ResidentIdNumber.TryParse("  " + number + "\t", Today, out var id, out _));
        Assert.Equal(number, id.Value);
    }

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Every_single_character_substitution_is_rejected(string valid)
    {
        Assert.True(ResidentIdNumber.TryParse(valid, Today, out _, out _));
        var tried = 0;
        for (var position = 0; position < 18; position++)
        {
            foreach (var replacement in "0123456789X")
            {
                if (replacement == valid[position])
                {
                    continue;
                }

                var changed = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                Assert.False(ResidentIdNumber.TryParse(changed, Today, out _, out var error), $"accepted {changed}");
                Assert.NotNull(error);
                tried++;
            }
        }

        Assert.Equal(18 * 10, tried);
    }

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Every_adjacent_transposition_of_different_digits_is_rejected(string valid)
    {
        for (var i = 0; i < 16; i++)
        {
            if (valid[i] == valid[i + 1])
            {
                continue;
            }

            var chars = valid.ToCharArray();
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            Assert.False(ResidentIdNumber.TryParse(new string(chars), Today, out _, out _), $"accepted swap at {i + 1}");
        }
    }

    [Theory]
    [InlineData(15)]
    [InlineData(17)]
    [InlineData(19)]
    [InlineData(1)]
    public void Wrong_length_is_rejected_with_the_actual_length(int length)
    {
        var valid = Build.ResidentId("410802", "19900101", "123");
        var input = length <= 18 ? valid[..length] : valid + "1";

        Assert.False(ResidentIdNumber.TryParse(input, Today, out var id, out var error));
        Assert.Null(id);
        Assert.Equal(IdValidationCodes.Length, error.Code);
        Assert.Contains($"实际为 {length} 位", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifteen_digit_numbers_get_a_hint_about_old_cards()
    {
        Assert.False(ResidentIdNumber.TryParse("410802900101123", Today, out _, out var error));
        Assert.Contains("第一代身份证", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_is_rejected(string? input)
    {
        Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Equal(IdValidationCodes.Empty, error.Code);
    }

    /// <summary>Replace one character of a valid number: position (1-based), character.</summary>
    [Theory]
    [InlineData(1, 'A')]
    [InlineData(5, 'a')]
    [InlineData(9, 'X')]
    [InlineData(12, ' ')]
    [InlineData(17, 'x')]
    [InlineData(3, '４')] // full-width digit
    [InlineData(18, 'Y')]
    [InlineData(18, '-')]
    public void Non_digits_are_rejected_naming_the_position(int position, char bad)
    {
        var valid = Build.ResidentId("410802", "19900101", "123");
        var input = string.Concat(valid.AsSpan(0, position - 1), bad.ToString(), valid.AsSpan(position));

        Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Equal(IdValidationCodes.InvalidCharacter, error.Code);
        Assert.Equal(position, error.Position);
        Assert.Contains($"第 {position} 位", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains(bad.ToString(), error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19990230", "2 月只有 28 天")]
    [InlineData("20231301", "月份 13")]
    [InlineData("20230431", "4 月只有 30 天")]
    [InlineData("19000229", "2 月只有 28 天")] // 1900 is not a leap year
    [InlineData("20230100", "不存在 00 日")]
    [InlineData("20230015", "月份 00")]
    [InlineData("00000101", "年份 0000")]
    public void Impossible_birth_dates_are_rejected(string birth, string explanation)
    {
        var input = Build.ResidentId("410802", birth, "123"); // the check character is right; only the date is wrong

        Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Equal(IdValidationCodes.BirthDateInvalid, error.Code);
        Assert.Contains(birth, error.MessageZh, StringComparison.Ordinal);
        Assert.Contains(explanation, error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20250616")]
    [InlineData("20260101")]
    [InlineData("99991231")]
    public void Birth_dates_after_today_are_rejected(string birth)
    {
        var input = Build.ResidentId("419001", birth, "123");

        Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Equal(IdValidationCodes.BirthDateInFuture, error.Code);
        Assert.Contains("2025-06-15", error.MessageZh, StringComparison.Ordinal);

        // The same number is fine once that day has come.
        var birthDate = DateOnly.ParseExact(birth, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ResidentIdNumber.TryParse(input, birthDate, out _, out _));
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("012345")]
    [InlineData("041000")]
    public void Region_codes_starting_with_zero_are_rejected(string region)
    {
        var input = Build.ResidentId(region, "19900101", "123");

        Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Equal(IdValidationCodes.RegionCode, error.Code);
        Assert.Contains(region, error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_check_character_is_reported_with_expected_and_actual()
    {
        var valid = WithCheckX();
        var input = valid[..17] + "5";

        Assert.False(ResidentIdNumber.TryParse(input, Today, out _, out var error));
        Assert.Equal(IdValidationCodes.CheckDigit, error.Code);
        Assert.Equal(18, error.Position);
        Assert.StartsWith("身份证号码校验位错误：应为 X，实际为 5", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_never_contain_the_whole_number()
    {
        var valid = Build.ResidentId("410802", "19900101", "123");
        var wrongCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');

        Assert.False(ResidentIdNumber.TryParse(wrongCheck, Today, out _, out var error));
        Assert.DoesNotContain(wrongCheck, error.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongCheck, error.ToString(), StringComparison.Ordinal);
        var thrown = Assert.Throws<FormatException>(() => ResidentIdNumber.Parse(wrongCheck, Today));
        Assert.DoesNotContain(wrongCheck, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_is_the_masked_form()
    {
        var number = Build.ResidentId("410802", "19900101", "123");
        var id = ResidentIdNumber.Parse(number, Today);

        Assert.Equal("410802********" + number[14..], id.Masked);
        Assert.Equal(18, id.Masked.Length);
        Assert.Equal(id.Masked, id.ToString());
        Assert.Equal(id.Masked, $"{id}");
        Assert.DoesNotContain("19900101", id.ToString(), StringComparison.Ordinal);
        Assert.Equal(number, id.Value);
    }

    [Fact]
    public void Equality_is_by_normalised_value()
    {
        var a = ResidentIdNumber.Parse(Build.ResidentId("410802", "19900101", "123"), Today);
        var b = ResidentIdNumber.Parse(" " + a.Value + " ", Today);
        var c = ResidentIdNumber.Parse(Build.ResidentId("410802", "19900101", "125"), Today);

        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals(null));
    }

    /// <summary>Birth date, date of the question, expected age in whole years.</summary>
    [Theory]
    [InlineData("1990-06-15", "2025-06-15", 35)] // birthday itself
    [InlineData("1990-06-15", "2025-06-14", 34)] // day before
    [InlineData("1990-06-15", "2025-06-16", 35)]
    [InlineData("1990-06-15", "1990-06-15", 0)]  // day of birth
    [InlineData("1990-12-31", "2025-01-01", 34)]
    [InlineData("2000-02-29", "2023-02-28", 22)] // non-leap year: not yet
    [InlineData("2000-02-29", "2023-03-01", 23)] // non-leap year: 1 March
    [InlineData("2000-02-29", "2024-02-28", 23)]
    [InlineData("2000-02-29", "2024-02-29", 24)] // leap year: on the day
    [InlineData("2000-02-29", "2001-02-28", 0)]
    [InlineData("2000-02-29", "2001-03-01", 1)]
    public void AgeOn_counts_whole_years(string birth, string on, int expected)
    {
        var birthDate = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture);
        var number = Build.ResidentId("419001", birthDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), "123");
        var id = ResidentIdNumber.Parse(number, Today);

        Assert.Equal(expected, id.AgeOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AgeOn_before_birth_throws()
    {
        var id = ResidentIdNumber.Parse(Build.ResidentId("419001", "20000229", "123"), Today);
        Assert.Throws<ArgumentOutOfRangeException>(() => id.AgeOn(new DateOnly(2000, 2, 28)));
    }
}
