using Employment.Common.V1;
using Employment.ServiceDefaults.Protocol;
using Employment.TestInfrastructure;
using Employment.Training.UseCases;
using Employment.Training.V1;
using Xunit;

namespace Training.Tests.Domain;

/// <summary>
/// A fuzz of the text a training application stores: whatever a client sends in the certificate, the
/// course and the payment account, the request is either refused (INVALID_ARGUMENT naming a field) or
/// stores only plain text — no control or bidirectional characters, no full-width letters or digits,
/// nothing over its bound. Seeded, so a failure repeats.
/// </summary>
public sealed class StoredTextFuzzTests
{
    private const int Rounds = 3000;

    private static readonly string[] Pieces =
    [
        "焦作", "培训学校", "6-18-01-01", "S2024", "（有限公司）", "<script>", "'; drop table x;--", " ", "\u3000",
        "\u0000", "\u001b[31m", "\r\n", "\t", "\u202E", "\u2066", "\u200B", "\u200D", "\uFEFF", "２０２４", "ＡＢＣ", "ｘ",
        "52410800MJ000000XA", "6217000000001234567", "6217 0000", "-", "😀", "\uD83D", "\u0085", "\u2028",
    ];

    private static string RandomText(Random random)
    {
        var count = random.Next(0, 6);
        var text = string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
        return random.Next(20) == 0 ? text + new string('长', random.Next(100, 400)) : text;
    }

    private static SubmitApplicationRequest Valid() => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new PersonKey { PersonId = "P1" },
        Kind = SubsidyKind.VocationalTraining,
        Certificate = new Certificate
        {
            CertificateNumber = "S2024000001", OccupationCode = "6-18-01-01", OccupationName = "焊工", Level = SkillLevel.L4,
            IssueDate = new CalendarDate { Year = 2024, Month = 6, Day = 1 }, IssuingBody = "焦作市职业技能鉴定中心",
        },
        Course = new Course
        {
            CourseId = "C1", InstitutionName = "焦作市职业技能培训学校", InstitutionCreditCode = "52410800MJ000000XA", OccupationCode = "6-18-01-01",
            Level = SkillLevel.L4, Hours = 120,
            Period = new DatePeriod { From = new CalendarDate { Year = 2024, Month = 4, Day = 1 }, Until = new CalendarDate { Year = 2024, Month = 5, Day = 20 } },
        },
        PaymentAccount = "6217000000001234567",
        Region = new RegionCode { Code = "410823" },
    };

    [Fact]
    public void Every_stored_text_field_of_a_training_application_is_plain_or_the_request_is_refused_naming_a_field()
    {
        var random = new Random(20261124);
        var (accepted, refused) = (0, 0);
        for (var i = 0; i < Rounds; i++)
        {
            var request = Valid();
            for (var changes = random.Next(1, 3); changes > 0; changes--)
            {
                var value = RandomText(random);
                switch (random.Next(10))
                {
                    case 0: request.Certificate.CertificateNumber = value; break;
                    case 1: request.Certificate.OccupationName = value; break;
                    case 2: request.Certificate.OccupationCode = value; break;
                    case 3: request.Certificate.IssuingBody = value; break;
                    case 4: request.Course.CourseId = value; break;
                    case 5: request.Course.InstitutionName = value; break;
                    case 6: request.Course.InstitutionCreditCode = value; break;
                    case 7: request.Course.OccupationCode = value; break;
                    case 8: request.PaymentAccount = value; break;
                    default: request.Course.Hours = random.Next(3) == 0 ? int.MaxValue - random.Next(10) : random.Next(-50, 20_000); break;
                }
            }

            var wentThrough = StoredTextAssert.AcceptedOrRefusedNamingAField(() =>
            {
                RequestLimits.Check(request);
                var certificate = CertificateInput.From(request.Certificate, "certificate");
                var course = CourseInput.From(request.Course);
                string[] stored =
                [
                    certificate.CertificateNumber, certificate.OccupationCode, certificate.OccupationName,
                    CertificateInput.IssuingBody(request.Certificate, "certificate"), CertificateInput.PaymentAccount(request),
                    course.CourseId, course.InstitutionName, course.InstitutionCreditCode, course.OccupationCode,
                ];
                Array.ForEach(stored, s => StoredTextAssert.Plain(s));
                Assert.InRange(course.Hours, 0, CourseInput.MaxHours);
            });
            (accepted, refused) = wentThrough ? (accepted + 1, refused) : (accepted, refused + 1);
        }

        // Both ways are exercised: the fuzz is not refusing everything.
        Assert.True(accepted > Rounds / 20, $"{accepted} accepted, {refused} refused");
        Assert.True(refused > Rounds / 20, $"{accepted} accepted, {refused} refused");
    }
}
