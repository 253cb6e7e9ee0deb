namespace Employment.IdentityNumbers.Tests;

public sealed class IdMaskingTests
{
    private static readonly string Id = Build.ResidentId("410802", "19900101", "123");
    private static readonly string Credit = Build.CreditCode("91", "410802", "MA40AB12");

    [Fact]
    public void An_id_in_chinese_text_is_masked()
    {
        var text = $"申请人身份证号{Id}已登记";
        Assert.Equal($"申请人身份证号410802********{Id[14..]}已登记", IdMasking.MaskIdNumbersIn(text));
    }

    [Fact]
    public void Ids_ending_in_lower_or_upper_x_are_masked()
    {
        Assert.Equal("id=410802********123x;", IdMasking.MaskIdNumbersIn("id=41080219900101123x;"));
        Assert.Equal("id=410802********123X;", IdMasking.MaskIdNumbersIn("id=41080219900101123X;"));
    }

    [Fact]
    public void A_credit_code_is_masked_keeping_8_and_4()
    {
        Assert.Equal("单位 91410802******121C 申请补贴", IdMasking.MaskIdNumbersIn($"单位 {Credit} 申请补贴"));
        Assert.Equal("{\"uscc\":\"91410802******121c\"}", IdMasking.MaskIdNumbersIn($"{{\"uscc\":\"{Credit.ToLowerInvariant()}\"}}"));
    }

    [Fact]
    public void Every_occurrence_is_masked_and_invalid_checks_are_masked_too()
    {
        var typo = Id[..17] + (Id[17] == '0' ? "1" : "0");
        var text = $"{Id},{typo} / {Credit}";

        var masked = IdMasking.MaskIdNumbersIn(text);

        Assert.DoesNotContain(Id, masked, StringComparison.Ordinal);
        Assert.DoesNotContain(typo, masked, StringComparison.Ordinal);
        Assert.DoesNotContain(Credit, masked, StringComparison.Ordinal);
        Assert.Equal(3, masked.Split("*****").Length - 1);
    }

    [Fact]
    public void Ids_touching_letters_are_still_masked()
    {
        Assert.Equal("ID410802********1234abc", IdMasking.MaskIdNumbersIn("ID410802199001011234abc"));
    }

    [Theory]
    [InlineData("card 6222021234567890123")] // 19 digits
    [InlineData("card 62220212345678901234")] // 20 digits
    [InlineData("4108021990010112")] // 16 digits
    [InlineData("order 41080219900101123 ok")] // 17 digits
    [InlineData("trace 91410802MA40AB121CQ")] // 19 code characters
    [InlineData("no numbers here, just text that is long enough")]
    [InlineData("IOSVZIOSVZIOSVZIOS")]
    [InlineData("")]
    public void Other_text_is_left_alone(string text)
    {
        Assert.Same(text, IdMasking.MaskIdNumbersIn(text));
    }

    [Fact]
    public void Masking_is_idempotent()
    {
        var once = IdMasking.MaskIdNumbersIn($"{Id} {Credit}");
        Assert.Equal(once, IdMasking.MaskIdNumbersIn(once));
    }

    [Fact]
    public void Masked_text_agrees_with_the_types_masked_forms()
    {
        var today = new DateOnly(2025, 6, 15);
        Assert.Equal(ResidentIdNumber.Parse(Id, today).Masked, IdMasking.MaskIdNumbersIn(Id));
        Assert.Equal(UnifiedSocialCreditCode.Parse(Credit).Masked, IdMasking.MaskIdNumbersIn(Credit));
    }

    [Theory]
    [InlineData("联系电话13812345678张经理", "联系电话138****5678张经理")]
    [InlineData("电话 138-1234-5678。", "电话 138****5678。")]
    [InlineData("请拨 +86 138 1234 5678", "请拨 +86 138****5678")]
    [InlineData("座机0391-3456789或03913456789", "座机0391-****6789或0391-****6789")]
    [InlineData("济源 0391 23456789", "济源 0391-****6789")]
    public void Phone_numbers_in_free_text_keep_their_first_three_or_area_code_and_last_four_digits(string text, string masked)
    {
        Assert.Equal(masked, IdMasking.MaskPhoneNumbersIn(text));
        Assert.Equal(masked, IdMasking.MaskPhoneNumbersIn(masked));
    }

    [Theory]
    [InlineData("月薪 4500-6000 元，2026-11-25 起")]
    [InlineData("card 6222021234567890123")]
    [InlineData("编号 213812345678")] // 12 digits: not a phone number
    [InlineData("招 3 人，13 薪")]
    public void Other_numbers_are_not_phone_numbers(string text)
    {
        Assert.Equal(text, IdMasking.MaskPhoneNumbersIn(text));
    }

    [Fact]
    public void Personal_numbers_masks_an_identity_number_and_a_phone_number_in_the_same_text()
    {
        Assert.Equal($"身份证 {IdMasking.IdNumber(Id)}，电话 139****0000", IdMasking.MaskPersonalNumbersIn($"身份证 {Id}，电话 13900000000"));
    }
}
