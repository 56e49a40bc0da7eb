use super::*;

#[allow(clippy::type_complexity)]
/// Reads `text` as `name` and returns (id, record, question) of each chat.
fn read(
    name: &str,
    text: &[u8],
    opts: &ReadOptions,
) -> Result<(Vec<(String, u64, String)>, ReadReport)> {
    let mut out = Vec::new();
    let report = for_each_chat_in(
        name,
        name,
        text,
        opts,
        2,
        |c| (c.id.clone(), c.record, c.question.clone()),
        |x| {
            out.push(x);
            Ok(())
        },
    )?;
    Ok((out, report))
}

#[test]
fn reads_generator_csv() {
    let csv = "id,started_at,resolution,library,patron_email,question,transcript\n\
               1,2024-10-21T00:00:28-04:00,Follow Up By Patron Library,Maryland AskUsNow! Public Library,,\"q, one\",\"line 1\nline 2\"\n\
               2,2024-10-21T00:01:28-04:00,Answered,BCPL,a@b.com,q2,t2\n";
    let (rows, report) = read("x.csv", csv.as_bytes(), &ReadOptions::default()).unwrap();
    assert_eq!(
        rows,
        [
            ("1".into(), 1, "q, one".into()),
            ("2".into(), 2, "q2".into())
        ]
    );
    assert_eq!(report.records, 2);
    assert_eq!(report.mapping.header(Field::Origin), Some("library"));
}
