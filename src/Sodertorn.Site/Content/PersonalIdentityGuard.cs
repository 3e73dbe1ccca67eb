using Sodertorn.Site.Diagnostics;

namespace Sodertorn.Site.Content;

/// <summary>
/// The read stage's privacy guard: a personal identity or coordination number anywhere in a text file of input/
/// (front matter, body, data files, comments too: the files are in git) is an error, so the build fails and nothing
/// of it reaches pages, feeds, the search index or the open data. The message never repeats the number.
/// </summary>
public static class PersonalIdentityGuard
{
    public const string Code = "personnummer";

    public static void Check(SourceFile file, DiagnosticBag diagnostics)
    {
        int line = 1, lineStart = 0;
        foreach (var number in PersonalIdentityNumbers.Find(file.Text))
        {
            for (var nl = file.Text.IndexOf('\n', lineStart); nl >= 0 && nl < number.Index; nl = file.Text.IndexOf('\n', lineStart))
            {
                line++;
                lineStart = nl + 1;
            }
            var what = number.Coordination ? "ett samordningsnummer" : "ett personnummer";
            diagnostics.Error(Code, new SourceLocation(file.RelativePath, line, number.Index - lineStart + 1),
                $"här står {what} ({number.Masked}), och personnummer och samordningsnummer får aldrig publiceras",
                "ta bort numret ur filen och skriv bara namnet, vid behov med kommun eller organisation; " +
                "finns numret redan i git, be den som sköter arkivet att ta bort det ur historiken också");
        }
    }
}
