using Employment.Policy.Model;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;

namespace Employment.Jobs.Data;

/// <summary>A <see cref="PostingDocument"/> written into its record, and a record read back as a hit.</summary>
internal static class PostingRecords
{
    /// <remarks>
    /// A posting filed without a code is indexed under the occupation its title names (电焊工 → 焊工
    /// 6-18-02-04), so that a word finds it by its occupation and a filter by occupation keeps it.
    /// </remarks>
    public static void CopyFrom(this PostingRecord record, PostingDocument posting, OccupationSynonyms synonyms)
    {
        var occupation = posting.OccupationCode.Length > 0 ? posting.OccupationCode : synonyms.OccupationOfTitle(posting.Title);
        record.PostingId = posting.PostingId;
        record.EmployerName = posting.EmployerName;
        record.Title = posting.Title;
        record.Description = posting.Description;
        record.OccupationCode = occupation;
        record.OccupationGroup = Occupations.GroupOf(occupation);
        record.CountyCode = posting.CountyCode;
        record.CityCode = Region.CityOf(posting.CountyCode);
        record.Kind = (int)posting.Kind;
        record.PayMinFen = posting.PayMinFen;
        record.PayMaxFen = posting.PayMaxFen;
        record.PayPeriod = (int)posting.PayPeriod;
        record.MonthlyPayMinFen = MonthlyPay.Fen(posting.PayMinFen, posting.PayPeriod);
        record.MonthlyPayMaxFen = MonthlyPay.Fen(posting.PayMaxFen, posting.PayPeriod);
        record.PostedOn = posting.PostedOn;
        record.ValidUntil = posting.ValidUntil ?? DateOnly.MaxValue;
        record.MinEducation = posting.MinEducation;
        record.Latitude = posting.Location?.Latitude;
        record.Longitude = posting.Location?.Longitude;
    }
}
