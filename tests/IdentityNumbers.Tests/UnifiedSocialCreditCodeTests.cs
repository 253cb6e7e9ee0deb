namespace Employment.IdentityNumbers.Tests;

public sealed class UnifiedSocialCreditCodeTests
{
    /// <summary>Authority + entity type, region, 8-character organisation code body (check characters computed).</summary>
    public static TheoryData<string, string, string> Valid => new()
    {
        { "91", "410802", "MA40AB12" }, // enterprise registered by market regulation, Jiaozuo Jiefang district
        { "92", "410802", "MA400008" }, // individual business; organisation check character is X
        { "92", "410802", "MA400002" }, // organisation check character is 0
        { "92", "410802", "MA400048" }, // final check value 31, written 0
        { "52", "419001", "5XY7K3Q0" }, // social organisation registered by civil affairs, Jiyuan
        { "12", "410800", "41580172" }, // public institution
        { "Y1", "419001", "MA9F3P8L" }, // "other" registration authority
        { "93", "410802", "MA3XRT7W" },
    };

    public static TheoryData<string> ValidCodes
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var row in Valid)
            {
                data.Add(Build.CreditCode((string)row[0], (string)row[1], (string)row[2]));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_codes_parse_with_their_parts(string authorityAndType, string region, string organizationBody)
    {
        var text = Build.CreditCode(authorityAndType, region, organizationBody);

        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code, out var error), error?.MessageZh);
        Assert.Null(error);
        Assert.Equal(text, code.Value);
        Assert.Equal(authorityAndType[0], code.RegistrationAuthorityCode);
        Assert.Equal(authorityAndType[1], code.EntityTypeCode);
        Assert.Equal(region, code.RegionCode);
        Assert.Equal(organizationBody + Build.OrganizationCheck(organizationBody), code.OrganizationCode);
        Assert.Equal(text[17], code.CheckCharacter);
    }

    [Fact]
    public void Check_characters_match_hand_computed_values()
    {
        // Worked by hand (and by a separate script) from the weights in GB 32100 and GB 11714.
        Assert.Equal("91410802MA40AB121C", Build.CreditCode("91", "410802", "MA40AB12"));
        Assert.Equal("92410802MA400008XK", Build.CreditCode("92", "410802", "MA400008"));
        Assert.Equal("92410802MA4000020K", Build.CreditCode("92", "410802", "MA400002"));
        Assert.Equal("92410802MA40004850", Build.CreditCode("92", "410802", "MA400048"));
        Assert.Equal('C', UnifiedSocialCreditCode.ComputeCheckCharacter("91410802MA40AB121"));
        Assert.Equal('X', UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter("MA400008"));
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter("MA400002"));
    }

    [Theory]
    [MemberData(nameof(ValidCodes))]
    public void Lower_case_is_accepted_and_normalised(string valid)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(valid.ToLowerInvariant(), out var code, out _));
        Assert.Equal(valid, code.Value);
        Assert.Equal(UnifiedSocialCreditCode.Parse(valid), code);
    }

    [Theory]
    [MemberData(nameof(ValidCodes))]
    public void Every_single_character_substitution_is_rejected(string valid)
    {
        var tried = 0;
        for (var position = 0; position < 18; position++)
        {
            foreach (var replacement in UnifiedSocialCreditCode.Charset)
            {
                if (replacement == valid[position])
                {
                    continue;
                }

                var changed = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                Assert.False(UnifiedSocialCreditCode.TryParse(changed, out _, out var error), $"accepted {changed}");
                Assert.NotNull(error);
                tried++;
            }
        }

        Assert.Equal(18 * 30, tried);
    }

    [Theory]
    [InlineData('I', 10)]
    [InlineData('O', 10)]
    [InlineData('Z', 12)]
    [InlineData('S', 1)]
    [InlineData('V', 18)]
    [InlineData('i', 9)]
    [InlineData('-', 14)]
    public void Characters_outside_the_set_are_rejected_naming_the_position(char bad, int position)
    {
        var valid = Build.CreditCode("91", "410802", "MA40AB12");
        var input = string.Concat(valid.AsSpan(0, position - 1), bad.ToString(), valid.AsSpan(position));

        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Equal(IdValidationCodes.InvalidCharacter, error.Code);
        Assert.Equal(position, error.Position);
        Assert.Contains($"第 {position} 位“{bad}”", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_O_hints_at_digit_zero()
    {
        var valid = Build.CreditCode("91", "410802", "MA40AB12");
        Assert.False(UnifiedSocialCreditCode.TryParse(valid[..10] + "O" + valid[11..], out _, out var error));
        Assert.Contains("是否应为数字 0", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    public void Letters_in_the_region_code_are_rejected(int position)
    {
        var valid = Build.CreditCode("91", "410802", "MA40AB12");
        var input = string.Concat(valid.AsSpan(0, position - 1), "A", valid.AsSpan(position));

        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Equal(IdValidationCodes.InvalidCharacter, error.Code);
        Assert.Equal(position, error.Position);
        Assert.Contains("行政区划代码", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_check_character_is_reported_with_expected_and_actual()
    {
        var valid = Build.CreditCode("91", "410802", "MA40AB12"); // ...1C
        var input = valid[..17] + "D";

        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Equal(IdValidationCodes.CheckDigit, error.Code);
        Assert.Equal(18, error.Position);
        Assert.StartsWith("统一社会信用代码校验位错误：应为 C，实际为 D", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_organisation_code_check_is_rejected_even_when_the_final_check_fits()
    {
        // Organisation code MA40AB12 has check 1; put 7 there and give the whole code a matching final check.
        var body = "91410802MA40AB127";
        var input = body + UnifiedSocialCreditCode.ComputeCheckCharacter(body);

        Assert.False(UnifiedSocialCreditCode.TryParse(input, out _, out var error));
        Assert.Equal(IdValidationCodes.OrganizationCodeCheck, error.Code);
        Assert.Equal(17, error.Position);
        Assert.Contains("应为 1，实际为 7", error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("91410802MA40AB121", "length")]
    [InlineData("91410802MA40AB121C0", "length")]
    [InlineData("MA40AB121", "length")]
    public void Empty_and_wrong_length_are_rejected(string? input, string code)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(input, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void ToString_is_the_masked_form()
    {
        var code = UnifiedSocialCreditCode.Parse(" 91410802ma40ab121c ");

        Assert.Equal("91410802******121C", code.Masked);
        Assert.Equal(code.Masked, code.ToString());
        Assert.Equal("91410802MA40AB121C", code.Value);
    }
}
